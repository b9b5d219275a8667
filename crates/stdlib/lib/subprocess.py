"""Start child processes, connect to their input/output/error pipes and get their exit status.

The public face follows CPython 3.11's module of the same name:

  - run() (the usual entry point), call(), check_call(), check_output(), getoutput() and
    getstatusoutput();
  - Popen, the process object: pid, args, returncode, the stdin/stdout/stderr pipe file
    objects (binary, or text with text=True/universal_newlines=True/encoding/errors), poll(),
    wait(timeout), communicate(input, timeout), send_signal(), terminate(), kill(), and use as
    a context manager;
  - CompletedProcess, SubprocessError, CalledProcessError and TimeoutExpired;
  - the PIPE, STDOUT and DEVNULL markers, and list2cmdline().

Starting the child, feeding and draining its pipes without deadlocks and waiting for it are
done by the native `_subprocess` module; everything else (argument checking, pipe set-up,
text decoding, timeouts and error reporting) lives here. POSIX only: startupinfo and
creationflags are rejected as on any POSIX system; preexec_fn (except os.setsid, which
means start_new_session=True), pass_fds, user, group, extra_groups and process_group are not
supported and raise NotImplementedError.
"""

import sys
import os
import io
import time
import errno as _errno

import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_GenericAlias = type(list[int])

# The shell used for shell=True.
_SHELL = '/bin/sh'

# Signal numbers used by terminate() and kill() (there is no signal module to ask).
_SIGTERM = 15
_SIGKILL = 9

# Linux signal names, for the "died with <Signals.SIGKILL: 9>." form of CalledProcessError.
_SIGNAL_NAMES = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT',
    7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2',
    13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM', 16: 'SIGSTKFLT', 17: 'SIGCHLD',
    18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG',
    24: 'SIGXCPU', 25: 'SIGXFSZ', 26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH',
    29: 'SIGIO', 30: 'SIGPWR', 31: 'SIGSYS', 34: 'SIGRTMIN', 64: 'SIGRTMAX',
}


# ---------------------------------------------------------------------------------------------
# Exceptions and results

class SubprocessError(Exception):
    """Base class of the exceptions raised by this module."""


class CalledProcessError(SubprocessError):
    """A process run by check_call(), check_output() or run(check=True) exited with a
    non-zero status (or was killed by a signal, when returncode is negative)."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            name = _SIGNAL_NAMES.get(-code)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -code)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    @property
    def stdout(self):
        """The same as output: what the process wrote to its standard output, if captured."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """A timeout passed while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, and stdout/stderr when they were captured."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        fields = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        if self.stdout is not None:
            fields.append('stdout=%r' % (self.stdout,))
        if self.stderr is not None:
            fields.append('stderr=%r' % (self.stderr,))
        return '%s(%s)' % (type(self).__name__, ', '.join(fields))

    __class_getitem__ = classmethod(_GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit status is not zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---------------------------------------------------------------------------------------------
# Helpers

def _check_no_nul(value):
    """os.fspath(value), refusing strings that cannot be passed to exec (embedded NUL)."""
    value = os.fspath(value)
    nul = '\0' if isinstance(value, str) else b'\0'
    if nul in value:
        raise ValueError("embedded null byte")
    return value


def _bad_fd_error():
    return OSError(_errno.EBADF, os.strerror(_errno.EBADF), None)


def _close_quietly(fd):
    try:
        os.close(fd)
    except OSError:
        pass


def _decode_output(data, encoding, errors):
    """Text-mode result of communicate(): decoded, with universal newlines."""
    text = data.decode(encoding, errors)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _text_encoding():
    """The encoding of text-mode pipes when none is given: UTF-8 in UTF-8 mode, else the
    locale's (what a TextIOWrapper picks by default)."""
    if sys.flags.utf8_mode:
        return 'utf-8'
    return io.TextIOWrapper(io.BytesIO()).encoding


# Children whose Popen object went away while they were still running: reaped the next time
# a Popen is created, so that they do not linger as zombies.
_active = []


def _cleanup():
    for pid in _active[:]:
        try:
            done = _subprocess.wait(pid, 0.0) is not None
        except ChildProcessError:
            done = True
        if done:
            _active.remove(pid)


def _remaining(endtime):
    if endtime is None:
        return None
    return endtime - time.monotonic()


# ---------------------------------------------------------------------------------------------
# Popen

class Popen:
    """Run a child program in a new process.

    args is a sequence of program arguments or a single string (with shell=True a string
    is given to /bin/sh -c). stdin, stdout and stderr may each be None (inherit), PIPE,
    DEVNULL, a file descriptor or a file object; stderr may also be STDOUT.
    """

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        self.args = args
        self.pid = None
        self.returncode = None
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self._communication_started = False
        self._out_chunks = []
        self._err_chunks = []
        self._sigint_wait_secs = 0.25

        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            if preexec_fn is getattr(os, 'setsid', object()):
                start_new_session = True
            else:
                raise NotImplementedError(
                    "preexec_fn is not supported: pyrite cannot run Python code in the child")
        if pass_fds:
            raise NotImplementedError("pass_fds is not supported by pyrite's subprocess")
        for name, value in (('user', user), ('group', group), ('extra_groups', extra_groups),
                            ('process_group', process_group)):
            if value is not None:
                raise NotImplementedError(
                    "the %s argument is not supported by pyrite's subprocess" % name)

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines"
                                  " are supplied but different. Pass one or the other.")

        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            encoding = _text_encoding()
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        line_buffering = False
        if self.text_mode and bufsize == 1:
            line_buffering = True
            bufsize = -1

        argv, executable = self._command_line(args, executable, shell)
        env_b = self._environment(env)
        if cwd is not None:
            _check_no_nul(cwd)

        # Pipe ends and /dev/null opened here: the parent's ends end up in the file objects,
        # the child's ends are closed once the child runs (or could not be started).
        created = []
        self._devnull = None
        try:
            (p2cread, p2cwrite, c2pread, c2pwrite,
             errread, errwrite) = self._get_handles(stdin, stdout, stderr, created)
        except BaseException:
            for fd in created:
                _close_quietly(fd)
            self._close_devnull()
            raise
        parent_ends = [fd for fd in (p2cwrite, c2pread, errread) if fd != -1]
        child_ends = [fd for fd in created if fd not in parent_ends]

        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                parent_ends.remove(p2cwrite)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                                  line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                parent_ends.remove(c2pread)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding,
                                                   errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                parent_ends.remove(errread)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding,
                                                   errors=errors)

            self.pid = _subprocess.spawn(argv, executable, cwd, env_b, p2cread, c2pwrite,
                                         errwrite, bool(close_fds), bool(start_new_session),
                                         umask)
            self._child_created = True
        except BaseException:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
            for fd in parent_ends:
                _close_quietly(fd)
            raise
        finally:
            for fd in child_ends:
                _close_quietly(fd)
            self._close_devnull()

    # -- setting up ---------------------------------------------------------------------------

    @staticmethod
    def _command_line(args, executable, shell):
        """The argv list to run and the explicit executable (or None)."""
        if isinstance(args, (str, bytes)):
            argv = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = [_SHELL, '-c'] + argv
            if executable:
                argv[0] = executable
        if executable is None and not argv:
            raise IndexError('list index out of range')
        for arg in argv:
            _check_no_nul(arg)
        if executable is not None:
            _check_no_nul(executable)
        return argv, executable

    @staticmethod
    def _environment(env):
        """env as a dict of bytes to bytes, checked as exec needs it (or None: inherit)."""
        if env is None:
            return None
        pairs = []
        for key, value in env.items():
            key = os.fsencode(key)
            if b'=' in key:
                raise ValueError("illegal environment variable name")
            pairs.append((key, os.fsencode(value)))
        result = {}
        for key, value in pairs:
            if b'\0' in key or b'\0' in value:
                raise ValueError("embedded null byte")
            result[key] = value
        return result

    def _devnull_fd(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _close_devnull(self):
        if self._devnull is not None:
            _close_quietly(self._devnull)
            self._devnull = None

    @staticmethod
    def _given_fd(spec):
        """The descriptor the caller passed (an int or anything with fileno())."""
        fd = spec if isinstance(spec, int) else spec.fileno()
        try:
            os.fstat(fd)
        except (OSError, OverflowError, ValueError):
            raise _bad_fd_error() from None
        return fd

    def _get_handles(self, stdin, stdout, stderr, created):
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = -1

        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
            created.extend((p2cread, p2cwrite))
        elif stdin == DEVNULL:
            p2cread = self._devnull_fd()
        else:
            p2cread = self._given_fd(stdin)

        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
            created.extend((c2pread, c2pwrite))
        elif stdout == DEVNULL:
            c2pwrite = self._devnull_fd()
        else:
            c2pwrite = self._given_fd(stdout)

        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = os.pipe()
            created.extend((errread, errwrite))
        elif stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = sys.__stdout__.fileno()
        elif stderr == DEVNULL:
            errwrite = self._devnull_fd()
        else:
            errwrite = self._given_fd(stderr)

        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    # -- the object protocol --------------------------------------------------------------------

    def __repr__(self):
        text = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode,
                                                   self.args)
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    __class_getitem__ = classmethod(_GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __enter__(self):
        return self

    def __del__(self):
        if self._child_created and self.returncode is None and self.pid is not None:
            try:
                if _subprocess.wait(self.pid, 0.0) is None:
                    _active.append(self.pid)
            except OSError:
                pass

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type is KeyboardInterrupt:
                # The child got the same Ctrl-C: give it a moment, but do not hang on it.
                if self._sigint_wait_secs > 0:
                    try:
                        self._wait_for(self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0
            else:
                self.wait()

    # -- waiting ----------------------------------------------------------------------------------

    def _reap(self, timeout):
        """One native wait for the child; stores and returns the returncode, or None when
        `timeout` passed first."""
        if self.returncode is not None:
            return self.returncode
        try:
            code = _subprocess.wait(self.pid, timeout)
        except ChildProcessError:
            # Somebody else reaped it; nothing more can be known.
            code = 0
        if code is not None:
            self.returncode = code
        return code

    def _wait_for(self, timeout):
        code = self._reap(timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        return code

    def poll(self):
        """The returncode if the child has terminated, else None (without waiting)."""
        if self.returncode is None and self.pid is not None:
            self._reap(0.0)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to terminate and return its returncode; with a timeout (in
        seconds) raise TimeoutExpired when it is still running after that long."""
        if self.returncode is not None:
            return self.returncode
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            return self._wait_for(timeout)
        except KeyboardInterrupt:
            grace = self._sigint_wait_secs
            if endtime is not None:
                grace = min(grace, _remaining(endtime))
            self._sigint_wait_secs = 0
            try:
                self._wait_for(grace)
            except TimeoutExpired:
                pass
            raise

    # -- talking ----------------------------------------------------------------------------------

    def _write_stdin(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != _errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != _errno.EINVAL:
                raise

    def communicate(self, input=None, timeout=None):
        """Send `input` to the child's stdin (then close it), read its stdout and stderr to
        the end and wait for it to exit. Returns (stdout_data, stderr_data); a part is None
        when that stream is not a pipe. Data is bytes, or str in text mode."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        pipes = (self.stdin, self.stdout, self.stderr)
        if timeout is None and not self._communication_started and pipes.count(None) >= 2:
            # A single pipe (or none): plain file operations cannot deadlock.
            stdout = stderr = None
            if self.stdin:
                self._write_stdin(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr

        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._exchange(input, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=_remaining(endtime))
        return stdout, stderr

    def _exchange(self, input, timeout):
        """The general communicate(): every pipe at once, through the native poll loop."""
        stdin_fd = -1
        data = None
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if input:
                if self.text_mode:
                    input = input.encode(self.stdin.encoding, self.stdin.errors)
                elif not isinstance(input, bytes):
                    # Any bytes-like object will do (bytearray, memoryview, array, ...).
                    input = bytes(memoryview(input))
                data = input
            # The native side writes to (and closes) its own copy of the descriptor.
            stdin_fd = os.dup(self.stdin.fileno())
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
            except BaseException:
                _close_quietly(stdin_fd)
                raise

        out_fd = -1
        if self.stdout and not self.stdout.closed:
            out_fd = self.stdout.fileno()
        err_fd = -1
        if self.stderr and not self.stderr.closed:
            err_fd = self.stderr.fileno()

        try:
            out, err = _subprocess.communicate(stdin_fd, data, out_fd, err_fd, timeout)
        except TimeoutError as exc:
            if stdin_fd != -1:
                # Whatever input was not written yet is dropped: the child sees end of file.
                _close_quietly(stdin_fd)
            if len(exc.args) == 2:
                self._keep_output(exc.args[0], exc.args[1])
            raise TimeoutExpired(self.args, timeout,
                                 output=b''.join(self._out_chunks) or None,
                                 stderr=b''.join(self._err_chunks) or None) from None
        except BaseException:
            if stdin_fd != -1:
                _close_quietly(stdin_fd)
            raise
        self._keep_output(out, err)

        stdout = stderr = None
        if self.stdout is not None:
            stdout = b''.join(self._out_chunks)
            if self.text_mode:
                stdout = _decode_output(stdout, self.stdout.encoding, self.stdout.errors)
            if not self.stdout.closed:
                self.stdout.close()
        if self.stderr is not None:
            stderr = b''.join(self._err_chunks)
            if self.text_mode:
                stderr = _decode_output(stderr, self.stderr.encoding, self.stderr.errors)
            if not self.stderr.closed:
                self.stderr.close()
        return stdout, stderr

    def _keep_output(self, out, err):
        if out:
            self._out_chunks.append(out)
        if err:
            self._err_chunks.append(err)

    # -- signals ----------------------------------------------------------------------------------

    def send_signal(self, sig):
        """Send signal number `sig` to the child (nothing once it has been waited for)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Ask the child to stop (SIGTERM)."""
        self.send_signal(_SIGTERM)

    def kill(self):
        """Kill the child (SIGKILL)."""
        self.send_signal(_SIGKILL)


# ---------------------------------------------------------------------------------------------
# The convenience functions

def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it and return a CompletedProcess.

    input is sent to its stdin; capture_output=True captures stdout and stderr; with a
    timeout the child is killed and TimeoutExpired raised when it runs too long; check=True
    raises CalledProcessError for a non-zero exit status. Other arguments go to Popen.
    """
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with '
                             'capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE

    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        returncode = process.poll()
        if check and returncode:
            raise CalledProcessError(returncode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, returncode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it to finish and return its returncode."""
    with Popen(*popenargs, **kwargs) as process:
        try:
            return process.wait(timeout=timeout)
        except BaseException:
            process.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but raise CalledProcessError for a non-zero exit status; returns 0."""
    returncode = call(*popenargs, **kwargs)
    if returncode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(returncode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output; a non-zero exit status raises
    CalledProcessError (with the output in its `output` attribute)."""
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError('%s argument not allowed, it will be overridden.' % name)
    if 'input' in kwargs and kwargs['input'] is None:
        textual = (kwargs.get('universal_newlines') or kwargs.get('text')
                   or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if textual else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run `cmd` in the shell; return (exitcode, output) with stderr merged into the
    output and one trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of running `cmd` in the shell, without the final
    newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments into one command line quoted by the MS C runtime rules: arguments
    holding spaces or tabs (and empty ones) are put in double quotes, double quotes are
    escaped with a backslash, and backslashes are doubled only where they come before a
    double quote."""
    parts = []
    for arg in map(os.fsdecode, seq):
        quoted = not arg or ' ' in arg or '\t' in arg
        pieces = ['"'] if quoted else []
        backslashes = 0
        for ch in arg:
            if ch == '\\':
                backslashes += 1
                continue
            if ch == '"':
                pieces.append('\\' * (2 * backslashes + 1))
            elif backslashes:
                pieces.append('\\' * backslashes)
            backslashes = 0
            pieces.append(ch)
        if quoted:
            pieces.append('\\' * (2 * backslashes))
            pieces.append('"')
        elif backslashes:
            pieces.append('\\' * backslashes)
        parts.append(''.join(pieces))
    return ' '.join(parts)
