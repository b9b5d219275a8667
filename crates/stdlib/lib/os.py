"""Miscellaneous operating system interfaces, the portable face of the `posix` module.

Everything public in `posix` is re-exported (stat, listdir, scandir, mkdir, open, read,
getcwd, ...), and this module adds the portable layer on top of it:

  - name ('posix'), path (posixpath, also importable as os.path), and the path syntax
    constants sep, altsep, extsep, pathsep, curdir, pardir, defpath, devnull and linesep;
  - environ / environb: live mappings over the process environment (str and bytes views)
    whose changes are passed on to putenv()/unsetenv(); getenv() and getenvb();
  - fsencode()/fsdecode() and fspath(), and the PathLike base class;
  - makedirs(), removedirs(), renames() and walk();
  - get_exec_path(), fdopen() and the exec*p*() helpers.
"""

import sys
import stat as st

import posix
from posix import *
from posix import _exit

try:
    from posix import _have_functions
except ImportError:
    _have_functions = []

from collections.abc import Mapping, MutableMapping

import posixpath as path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_bytes_environ = True

_GenericAlias = type(list[int])


def _public_names(module):
    return [n for n in dir(module) if not n.startswith('_')]


__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "_exit", "makedirs", "removedirs",
           "renames", "walk", "environ", "getenv", "supports_bytes_environ", "environb",
           "getenvb"]
__all__.extend(n for n in _public_names(posix) if n not in __all__)


# --- Which functions accept a file descriptor, dir_fd or follow_symlinks ----------------

def _functions_having(pairs):
    """The set of functions named in `pairs` whose HAVE_ flag posix reports."""
    found = set()
    have = set(_have_functions)
    names = globals()
    for flag, funcname in pairs:
        if flag in have and funcname in names:
            found.add(names[funcname])
    return found


supports_dir_fd = _functions_having([
    ("HAVE_FACCESSAT", "access"), ("HAVE_FCHMODAT", "chmod"), ("HAVE_FCHOWNAT", "chown"),
    ("HAVE_FSTATAT", "stat"), ("HAVE_FUTIMESAT", "utime"), ("HAVE_LINKAT", "link"),
    ("HAVE_MKDIRAT", "mkdir"), ("HAVE_MKFIFOAT", "mkfifo"), ("HAVE_MKNODAT", "mknod"),
    ("HAVE_OPENAT", "open"), ("HAVE_READLINKAT", "readlink"), ("HAVE_RENAMEAT", "rename"),
    ("HAVE_SYMLINKAT", "symlink"), ("HAVE_UNLINKAT", "unlink"), ("HAVE_UNLINKAT", "rmdir"),
    ("HAVE_UTIMENSAT", "utime"),
])

supports_effective_ids = _functions_having([("HAVE_FACCESSAT", "access")])

supports_fd = _functions_having([
    ("HAVE_FCHDIR", "chdir"), ("HAVE_FCHMOD", "chmod"), ("HAVE_FCHOWN", "chown"),
    ("HAVE_FDOPENDIR", "listdir"), ("HAVE_FDOPENDIR", "scandir"), ("HAVE_FEXECVE", "execve"),
    ("HAVE_FTRUNCATE", "truncate"), ("HAVE_FUTIMENS", "utime"), ("HAVE_FUTIMES", "utime"),
    ("HAVE_FPATHCONF", "pathconf"), ("HAVE_FSTATVFS", "statvfs"),
])
supports_fd.add(stat)       # os.stat() always takes a file descriptor

supports_follow_symlinks = _functions_having([
    ("HAVE_FACCESSAT", "access"), ("HAVE_FCHOWNAT", "chown"), ("HAVE_LCHOWN", "chown"),
    ("HAVE_LINKAT", "link"), ("HAVE_FSTATAT", "stat"), ("HAVE_UTIMENSAT", "utime"),
    ("HAVE_LUTIMES", "utime"),
])
supports_follow_symlinks.add(stat)

del _functions_having


# --- Paths: fspath, PathLike, fsencode/fsdecode -----------------------------------------

def _fspath(path):
    """Return the file system representation of `path` (str or bytes).

    str and bytes are returned unchanged; other objects must provide __fspath__(), whose
    result must itself be str or bytes."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        if hasattr(kind, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {kind.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


if 'fspath' not in globals():
    fspath = _fspath
    fspath.__name__ = 'fspath'


class _PathLikeMeta(type):
    """The metaclass of PathLike, standing in for an abstract base class machinery.

    isinstance()/issubclass() against PathLike accept any class that defines __fspath__
    and any class registered with PathLike.register(); every class records its
    __abstractmethods__, so that a subclass which does not define __fspath__ cannot be
    instantiated."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstract = {attr for attr, value in namespace.items()
                    if getattr(value, '__isabstractmethod__', False)}
        for base in bases:
            for attr in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, attr, None), '__isabstractmethod__', False):
                    abstract.add(attr)
        cls.__abstractmethods__ = frozenset(abstract)
        cls._registered = []
        return cls

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this class; returns it."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if not issubclass(subclass, cls):
            cls._registered.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        if cls.__subclasscheck__(type(instance)):
            return True
        actual = getattr(instance, '__class__', type(instance))
        return actual is not type(instance) and cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if type.__subclasscheck__(cls, subclass):
            return True
        for registered in cls._registered:
            if issubclass(subclass, registered):
                return True
        if cls is not PathLike:
            return False
        for klass in subclass.__mro__:
            if '__fspath__' in klass.__dict__:
                return klass.__dict__['__fspath__'] is not None
        return False


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects representing a file system path: subclasses (and
    any class defining __fspath__) are recognised by isinstance(obj, os.PathLike)."""

    __slots__ = ()

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    __fspath__.__isabstractmethod__ = True

    @classmethod
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)



def _fs_codec():
    """The file system encoding and error handler, as (encoding, errors)."""
    return sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()


def fsencode(filename):
    """Encode a file name (str or os.PathLike) to bytes with the file system encoding and
    error handler ('surrogateescape'); bytes are returned unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        encoding, errors = _fs_codec()
        return filename.encode(encoding, errors)
    return filename


def fsdecode(filename):
    """Decode a file name (bytes or os.PathLike) to str with the file system encoding and
    error handler ('surrogateescape'); str is returned unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        encoding, errors = _fs_codec()
        return filename.decode(encoding, errors)
    return filename


# --- The environment --------------------------------------------------------------------

class _Environ(MutableMapping):
    """A mutable mapping over the process environment.

    The raw data is a dict of bytes to bytes (posix.environ); keys and values are converted
    on the way in and out, and every change is also made in the real environment with
    putenv()/unsetenv() so that child processes see it."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self._data = data
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue

    def __getitem__(self, key):
        raw_key = self.encodekey(key)
        try:
            raw_value = self._data[raw_key]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(raw_value)

    def __setitem__(self, key, value):
        raw_key = self.encodekey(key)
        raw_value = self.encodevalue(value)
        putenv(raw_key, raw_value)
        self._data[raw_key] = raw_value

    def __delitem__(self, key):
        raw_key = self.encodekey(key)
        unsetenv(raw_key)
        try:
            del self._data[raw_key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # Iterate over a snapshot so that the loop body may change the environment.
        for raw_key in list(self._data):
            yield self.decodekey(raw_key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        shown = ', '.join(f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}'
                          for k, v in self._data.items())
        return 'environ({' + shown + '})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = dict(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = dict(other)
        merged.update(self)
        return merged


def _make_environ():
    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value.encode(*_fs_codec())

    def decode(value):
        return value.decode(*_fs_codec())

    return _Environ(posix.environ, encode, decode, encode, decode)


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


def _same(value):
    return value


environ = _make_environ()
del _make_environ

environb = _Environ(environ._data, _check_bytes, _same, _check_bytes, _same)


def getenv(key, default=None):
    """Return the value of the environment variable `key` (a str), or `default` when it
    is not set."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Return the value of the environment variable `key` (bytes), or `default` when it
    is not set."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """Return the list of directories searched for a program to run, from env['PATH']
    (or env[b'PATH']) or os.environ when env is None; defpath when there is none."""
    if env is None:
        env = environ
    try:
        found = env.get('PATH')
    except TypeError:
        found = None
    try:
        found_bytes = env[b'PATH']
    except (KeyError, TypeError):
        pass
    else:
        if found is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        found = found_bytes
    if isinstance(found, bytes):
        found = fsdecode(found)
    if found is None:
        found = defpath
    return found.split(pathsep)


# --- Directory trees --------------------------------------------------------------------

def _dot_like(value):
    return b'.' if isinstance(value, bytes) else '.'


def makedirs(name, mode=0o777, exist_ok=False):
    """Create the directory `name` and any missing parent directories.

    The parents are created with the default mode; `mode` applies to the leaf. When the
    leaf already exists as a directory, FileExistsError is raised unless exist_ok is true."""
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass        # somebody else created it meanwhile
        if leaf == _dot_like(leaf):
            return      # 'parent/.' is the parent, which now exists
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove the directory `name`, then each of its parents in turn until one cannot be
    removed (because it is not empty, say). Only the first removal may raise."""
    rmdir(name)
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            break
        parent, leaf = path.split(parent)


def renames(old, new):
    """Rename `old` to `new`, creating the directories `new` needs first and removing the
    directories `old` leaves empty afterwards (see makedirs and removedirs)."""
    parent, leaf = path.split(new)
    if parent and leaf and not path.exists(parent):
        makedirs(parent)
    rename(old, new)
    parent, leaf = path.split(old)
    if parent and leaf:
        try:
            removedirs(parent)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for the directory `top` and every directory
    below it.

    dirnames and filenames are lists of names (in the order the system lists them, without
    '.' and '..'); join one to dirpath to get a path. With topdown true (the default) a
    directory is reported before its subdirectories, and the caller may edit dirnames in
    place to choose which subdirectories are visited and in which order; with topdown
    false it is reported after them. Errors from listing a directory are ignored, or passed
    to onerror(exc) when given (that directory is then skipped). Symbolic links to
    directories are listed in dirnames but only entered when followlinks is true.
    """
    return _walk(fspath(top), topdown, onerror, followlinks)


def _list_dir(top, onerror, bottom_up, followlinks):
    """Scan one directory for walk(): returns (dirs, nondirs, subdirs to enter when
    walking bottom-up), or None when it could not be listed."""
    dirs = []
    nondirs = []
    enter = []
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return None
    with entries:
        while True:
            try:
                entry = next(entries)
            except StopIteration:
                break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return None
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                nondirs.append(entry.name)
                continue
            dirs.append(entry.name)
            if bottom_up:
                if followlinks:
                    enter.append(entry.path)
                else:
                    try:
                        is_link = entry.is_symlink()
                    except OSError:
                        is_link = False
                    if not is_link:
                        enter.append(entry.path)
    return dirs, nondirs, enter


def _walk(top, topdown, onerror, followlinks):
    if topdown:
        # Each pending item is (path, whether to check that it is not a symlink).
        pending = [(top, False)]
        while pending:
            current, check_link = pending.pop()
            if check_link and not followlinks and path.islink(current):
                continue
            listing = _list_dir(current, onerror, False, followlinks)
            if listing is None:
                continue
            dirs, nondirs, _ = listing
            yield current, dirs, nondirs
            # dirs may have been edited by the caller: visit what it holds now, in order.
            for dirname in reversed(dirs):
                pending.append((path.join(current, dirname), True))
    else:
        # Items are ('visit', path) or ('report', triple); a directory's triple is pushed
        # below its subdirectories so that it comes out after all of them.
        pending = [('visit', top)]
        while pending:
            action, value = pending.pop()
            if action == 'report':
                yield value
                continue
            listing = _list_dir(value, onerror, True, followlinks)
            if listing is None:
                continue
            dirs, nondirs, enter = listing
            pending.append(('report', (value, dirs, nondirs)))
            for subdir in reversed(enter):
                pending.append(('visit', subdir))


# --- Files and programs -----------------------------------------------------------------

def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to the file descriptor fd (see io.open)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


if 'execv' in globals() and 'execve' in globals():

    def execl(file, *args):
        """execl(file, *args): replace the current process by running `file` with the
        argument list args."""
        execv(file, args)

    def execle(file, *args):
        """execle(file, *args, env): like execl, the last argument being the environment
        mapping of the new program."""
        env = args[-1]
        execve(file, args[:-1], env)

    def execlp(file, *args):
        """execlp(file, *args): like execl, but looks for `file` along the PATH."""
        execvp(file, args)

    def execlpe(file, *args):
        """execlpe(file, *args, env): like execle, but looks for `file` along the PATH."""
        env = args[-1]
        execvpe(file, args[:-1], env)

    def execvp(file, args):
        """execvp(file, args): like execv, but looks for `file` along the PATH."""
        _execvpe(file, args)

    def execvpe(file, args, env):
        """execvpe(file, args, env): like execve, but looks for `file` along the PATH."""
        _execvpe(file, args, env)

    __all__.extend(["execl", "execle", "execlp", "execlpe", "execvp", "execvpe"])

    def _execvpe(file, args, env=None):
        if env is not None:
            run = execve
            extra = (args, env)
        else:
            run = execv
            extra = (args,)
            env = environ
        if path.dirname(file):
            run(file, *extra)
            return
        first_error = None
        last_error = None
        # The candidates are tried as bytes (so errors name them as bytes).
        file = fsencode(file)
        for directory in map(fsencode, get_exec_path(env)):
            candidate = path.join(directory, file)
            try:
                run(candidate, *extra)
            except (FileNotFoundError, NotADirectoryError) as error:
                last_error = error
            except OSError as error:
                last_error = error
                if first_error is None:
                    first_error = error
        # Report a real failure (say, permission denied) over "not found" elsewhere.
        if first_error is not None:
            raise first_error
        raise last_error
