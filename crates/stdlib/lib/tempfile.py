"""Temporary files and directories.

High-level interfaces, which clean up after themselves: TemporaryFile, NamedTemporaryFile,
SpooledTemporaryFile and TemporaryDirectory (all usable as context managers).
Low-level ones, which leave the cleaning to the caller: mkstemp() and mkdtemp(); mktemp() is
unsafe and only kept for old code.

gettempdir() picks the directory used when none is given (TMPDIR, TEMP or TMP from the
environment, then the usual system places, then the current directory); setting the module
variable `tempdir` overrides it, and `template` is the default name prefix.
"""

import errno as _errno
import io as _io
import os as _os
import shutil as _shutil
import sys as _sys

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",  # high level safe interfaces
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",                  # low level safe interfaces
    "mktemp",                              # deprecated unsafe interface
    "TMP_MAX", "gettempprefix",            # constants
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]


_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
if hasattr(_os, 'O_NOFOLLOW'):
    _text_openflags |= _os.O_NOFOLLOW

_bin_openflags = _text_openflags
if hasattr(_os, 'O_BINARY'):
    _bin_openflags |= _os.O_BINARY

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

# types.GenericAlias (for TemporaryDirectory[str] and the like)
_GenericAlias = type(list[int])

# The default prefix of the names made here.
template = "tmp"

# The directory for temporary files; None until gettempdir() first decides it.
tempdir = None


def _exists(fn):
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


def _infer_return_type(*args):
    """Whether the path pieces given are str or bytes (mixing them is an error); str when all
    are None, unless tempdir has been set to bytes."""
    kind = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if kind is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            kind = bytes
        else:
            if kind is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            kind = str
    if kind is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return kind


def _sanitize_params(prefix, suffix, dir):
    """Fill in the defaults of the common arguments of the functions here."""
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of random strings of eight characters, drawn from
    'abcdefghijklmnopqrstuvwxyz0123456789_'.  The randomness comes from os.urandom."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __iter__(self):
        return self

    def __next__(self):
        chars = self.characters
        n = len(chars)
        limit = 256 - 256 % n      # drop the top bytes so every character is equally likely
        out = []
        while len(out) < 8:
            for byte in _os.urandom(16):
                if byte < limit:
                    out.append(chars[byte % n])
                    if len(out) == 8:
                        break
        return ''.join(out)


_name_sequence = None


def _get_candidate_names():
    """The shared generator of random names."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    """Directories gettempdir() tries, in order."""
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    if _os.name == 'nt':
        dirlist.extend([_os.path.expanduser(r'~\AppData\Local\Temp'),
                        _os.path.expandvars(r'%SYSTEMROOT%\Temp'),
                        r'c:\temp', r'c:\tmp', r'\temp', r'\tmp'])
    else:
        dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory in which a file can really be created, written and
    removed."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for attempt in range(100):
            filename = _os.path.join(dir, next(namer))
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
            except FileExistsError:
                continue
            except PermissionError:
                if _os.name == 'nt' and _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                    continue
                break
            except OSError:
                break
            try:
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
            except OSError:
                try:
                    _os.unlink(filename)
                except OSError:
                    pass
                break
            _os.unlink(filename)
            return dir
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % dirlist)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The default directory for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def gettempprefix():
    """The default name prefix, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default name prefix, as bytes."""
    return _os.fsencode(template)


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Create a new file with a random name in dir; return (fd, absolute name)."""
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    for attempt in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _os.fsencode(name)
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            # On Windows an existing directory of that name gives this error.
            if _os.name == 'nt' and _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return fd, file
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file with a unique random name and return (fd, absolute path).

    The name is prefix + 8 random characters + suffix, in dir (default gettempdir()).
    The file is opened read-write with a fresh descriptor, only its owner may read or write
    it, and it is not removed automatically.  prefix, suffix and dir must all be str or all
    bytes; the result has the same type.  `text` only matters where the system
    distinguishes text files.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory with a unique random name and return its path.

    Naming is as for mkstemp(); the directory is accessible to its owner only and is not
    removed automatically.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for attempt in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _os.fsencode(name)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.name == 'nt' and _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a file name that did not exist when checked, without creating anything.

    Unsafe (another process may take the name first); use mkstemp() instead.
    """
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for attempt in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _exists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


# ---------------------------------------------------------------------------------------------
# Clean-up of what the program forgot to close.  Objects are not always finalized when they
# become garbage, so whatever is still pending is removed at exit when the atexit module
# exists.

_pending = {}
_pending_keys = [0]


def _register_pending(action):
    _pending_keys[0] += 1
    key = _pending_keys[0]
    _pending[key] = action
    return key


def _unregister_pending(key):
    _pending.pop(key, None)


def _run_pending():
    while _pending:
        key, action = _pending.popitem()
        try:
            action()
        except Exception:
            pass


try:
    import atexit as _atexit
except ImportError:
    _atexit = None
else:
    _atexit.register(_run_pending)


def _resource_warning(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, ResourceWarning, stacklevel=3)


def _unlink_quietly(name):
    try:
        _os.unlink(name)
    except OSError:
        pass


class _TemporaryFileCloser:
    """Closes a temporary file and, when asked to, deletes it (once)."""

    file = None
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._pending_key = None
        if delete:
            self._pending_key = _register_pending(lambda: _unlink_quietly(name))

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            _unregister_pending(self._pending_key)
            try:
                self.file.close()
            finally:
                if self.delete:
                    unlink(self.name)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class _TemporaryFileWrapper:
    """What NamedTemporaryFile() returns: the open file (`file`), its `name`, and
    deletion on close() when `delete` is set.  Other attributes come from the file."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        # Everything not defined here comes from the underlying file.
        file = self.__dict__['file']
        return getattr(file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Close the file; delete it too when `delete` is set."""
        self._closer.close()

    def __iter__(self):
        # A generator (not iter(self.file)) keeps this wrapper, and so the file, alive
        # while the lines are read.
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Open a new temporary file that has a visible name (the `name` attribute).

    mode, buffering, encoding, newline and errors are as for open() (default mode 'w+b');
    prefix, suffix and dir as for mkstemp().  With delete=True (the default) the file is
    removed when it is closed, including by leaving a `with` block.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _bin_openflags
    if _os.name == 'nt' and delete:
        flags |= _os.O_TEMPORARY
    if "b" not in mode:
        encoding = _text_encoding(encoding)

    fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
    try:
        # Opening the name through an opener that hands over the descriptor already made
        # gives the file object the path as its name.
        file = _io.open(name, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=lambda path, flags: fd)
    except BaseException:
        try:
            _os.close(fd)
        except OSError:
            pass        # already closed by the failed open
        if not (_os.name == 'nt' and delete):
            _os.unlink(name)
        raise
    try:
        return _TemporaryFileWrapper(file, name, delete)
    except BaseException:
        file.close()
        if not (_os.name == 'nt' and delete):
            _os.unlink(name)
        raise


def _text_encoding(encoding):
    if encoding is None:
        choose = getattr(_io, 'text_encoding', None)
        if choose is not None:
            return choose(encoding)
    return encoding


if _os.name != 'posix' or _sys.platform == 'cygwin':
    # On non-POSIX and Cygwin systems, assume that we cannot unlink a file
    # while it is open.
    TemporaryFile = NamedTemporaryFile

else:
    def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                      newline=None, suffix=None, prefix=None,
                      dir=None, *, errors=None):
        """Open a new temporary file that has no name in the filesystem: it disappears
        when closed.  Arguments as for NamedTemporaryFile(), without `delete`."""
        prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
        if "b" not in mode:
            encoding = _text_encoding(encoding)
        # The file is unlinked at once: it lives only as long as its descriptor.
        fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
        try:
            _os.unlink(name)
            return _io.open(fd, mode, buffering=buffering, newline=newline,
                            encoding=encoding, errors=errors)
        except BaseException:
            _os.close(fd)
            raise


_IOBase = getattr(_io, 'IOBase', object)


class SpooledTemporaryFile(_IOBase):
    """A temporary file kept in memory (BytesIO, or a text wrapper over one) until
    it grows beyond max_size bytes or fileno() is needed; then it moves to a real
    TemporaryFile.  max_size=0 means never move."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(_GenericAlias)

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the data into a real temporary file (keeping the position)."""
        if self._rolled:
            return
        memory = self._file
        real = TemporaryFile(**self._TemporaryFileArgs)
        self._file = real
        del self._TemporaryFileArgs
        pos = memory.tell()
        if hasattr(real, 'buffer'):
            real.buffer.write(memory.detach().getvalue())
        else:
            real.write(memory.getvalue())
        real.seek(pos, 0)
        self._rolled = True

    # The IOBase methods are all answered by the file in use.

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        try:
            if not self.closed:
                self.close()
        except Exception:
            pass

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        written = file.write(s)
        self._check(file)
        return written

    def writelines(self, iterable):
        file = self._file
        result = file.writelines(iterable)
        self._check(file)
        return result

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A new temporary directory (made by mkdtemp()) that is removed with everything in it
    by cleanup() or on leaving a `with` block, which gives the directory's name.

    ignore_cleanup_errors=True makes removal problems silent.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False
        name = self.name
        ignore = ignore_cleanup_errors
        self._pending_key = _register_pending(
            lambda: TemporaryDirectory._rmtree(name, ignore_errors=ignore))

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                # Make the way writable and try again.
                def resetperms(p):
                    try:
                        _os.chflags(p, 0)
                    except AttributeError:
                        pass
                    _os.chmod(p, 0o700)

                try:
                    if path != name:
                        resetperms(_os.path.dirname(path))
                    resetperms(path)
                    try:
                        _os.unlink(path)
                    except (IsADirectoryError, PermissionError):
                        # (PermissionError: FreeBSD's answer for directories)
                        cls._rmtree(path, ignore_errors=ignore_errors)
                except FileNotFoundError:
                    pass
            elif issubclass(exc_info[0], FileNotFoundError):
                pass
            else:
                if not ignore_errors:
                    raise exc_info[1]

        _shutil.rmtree(name, onerror=onerror)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        first = not self._cleaned
        self._cleaned = True
        _unregister_pending(self._pending_key)
        if first or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        try:
            if not self._cleaned:
                self._cleaned = True
                _unregister_pending(self._pending_key)
                self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
                _resource_warning("Implicitly cleaning up {!r}".format(self))
        except Exception:
            pass
