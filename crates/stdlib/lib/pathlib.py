"""Filesystem paths as objects.

PurePath and its two flavours, PurePosixPath and PureWindowsPath, do path arithmetic on
strings only.  Path (PosixPath on this system; WindowsPath cannot be instantiated here) adds
the operations that touch the filesystem: stat, iterdir, glob, mkdir, open, read/write and so on.
"""

import fnmatch
import io
import os
from collections.abc import Sequence
from errno import EBADF, ELOOP, ENOENT, ENOTDIR
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]


# Errors that mean "there is nothing usable there": the is_*() and exists() queries answer
# False for them instead of raising.
_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)
_IGNORED_WINERRORS = (21, 123, 1921)


def _ignore_error(exc):
    return (getattr(exc, 'errno', None) in _IGNORED_ERRNOS or
            getattr(exc, 'winerror', None) in _IGNORED_WINERRORS)


def _warn_deprecated(message):
    # The warnings module is optional here: without it the warning is simply not shown.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _is_wildcard(pattern):
    return '*' in pattern or '?' in pattern or '[' in pattern


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote_uri(data):
    """Percent-encode bytes the way file URIs need it (unreserved characters and '/' kept)."""
    out = []
    for byte in data:
        if byte in _URI_SAFE:
            out.append(chr(byte))
        else:
            out.append('%%%02X' % byte)
    return ''.join(out)


# ---------------------------------------------------------------------------------------------
# Flavours: the string rules of one family of operating systems.

class _PosixRules:
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = (os.name != 'nt')

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return list(parts)

    def splitroot(self, part):
        """Split one path string into (drive, root, rest)."""
        if part[:1] != '/':
            return '', '', part
        rest = part.lstrip('/')
        # POSIX leaves the meaning of exactly two leading slashes to the implementation, so
        # they are kept; one or three and more mean the ordinary root.
        if len(part) - len(rest) == 2:
            return '', '//', rest
        return '', '/', rest

    def is_reserved(self, drv, tail):
        return False

    def make_uri(self, path):
        return 'file://' + _quote_uri(bytes(path))


_DRIVE_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')

_WINDOWS_RESERVED = frozenset(
    ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'] +
    ['COM' + c for c in '123456789\xb9\xb2\xb3'] +
    ['LPT' + c for c in '123456789\xb9\xb2\xb3'])


class _WindowsRules:
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = (os.name == 'nt')

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def splitroot(self, part):
        """Split one path string (already using backslashes) into (drive, root, rest)."""
        prefix = ''
        text = part
        if text[:2] == '\\\\' and text[2:3] != '\\':
            # \\server\share\..., possibly behind the \\?\ (or \\?\UNC\) long-path prefix
            if text[:4] == '\\\\?\\':
                prefix = text[:4]
                text = text[4:]
                if text[:4] == 'UNC\\':
                    prefix += text[:3]
                    text = '\\' + text[3:]
            if text[:2] == '\\\\' and text[2:3] != '\\':
                server_end = text.find('\\', 2)
                if server_end != -1:
                    share_end = text.find('\\', server_end + 1)
                    if share_end != server_end + 1:
                        if share_end == -1:
                            share_end = len(text)
                        if prefix:
                            drive = prefix + text[1:share_end]
                        else:
                            drive = text[:share_end]
                        return drive, '\\', text[share_end + 1:]
        drive = root = ''
        if text[1:2] == ':' and text[:1] in _DRIVE_LETTERS:
            drive = text[:2]
            text = text[2:]
        if text[:1] == '\\':
            root = '\\'
            text = text.lstrip('\\')
        return prefix + drive, root, text

    def is_reserved(self, drv, tail):
        if not tail or drv.startswith('\\\\'):
            return False
        name = tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WINDOWS_RESERVED

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            return 'file:///' + drive + _quote_uri(path.as_posix()[2:].encode('utf-8'))
        return 'file:' + _quote_uri(path.as_posix().encode('utf-8'))


_posix_rules = _PosixRules()
_windows_rules = _WindowsRules()


def _parse(rules, segments):
    """Parse path strings given to a constructor into (drive, root, list of names).

    A later segment with a drive starts over; one with only a root keeps the drive seen so far.
    """
    sep = rules.sep
    altsep = rules.altsep
    drv = root = ''
    tail = []
    for seg in segments:
        if altsep:
            seg = seg.replace(altsep, sep)
        d, r, rest = rules.splitroot(seg)
        names = [x for x in rest.split(sep) if x and x != '.']
        if d:
            drv, root, tail = d, r, names
        elif r:
            root, tail = r, names
        else:
            tail.extend(names)
    return drv, root, tail


def _segments_of(args):
    out = []
    for a in args:
        if isinstance(a, PurePath):
            out.extend(a.parts)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError(
                "argument should be a str object or an os.PathLike object returning str, "
                "not %r" % (type(a),))
        out.append(str(a))
    return out


def _format(rules, drv, root, tail):
    if drv or root:
        return drv + root + rules.sep.join(tail)
    return rules.sep.join(tail) or '.'


# ---------------------------------------------------------------------------------------------

class _PathParents(Sequence):
    """The logical ancestors of a path, as a read-only sequence (nearest first)."""

    __slots__ = ('_pathcls', '_drv', '_root', '_tail')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self._tail)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed(self._drv, self._root, self._tail[:n - idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """A path as a value: parsing, joining and comparing, with no filesystem access.

    Calling PurePath() itself makes the flavour native to this system (PurePosixPath here).
    """

    __slots__ = ('_drv', '_root', '_tail', '_str', '_hash', '_ckey')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _from_parts(cls, args):
        drv, root, tail = _parse(cls._flavour, _segments_of(args))
        return cls._from_parsed(drv, root, tail)

    @classmethod
    def _from_parsed(cls, drv, root, tail):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._tail = tail
        return self

    def _join(self, args):
        """self joined with args, the way `/` and joinpath() do it."""
        rules = self._flavour
        drv2, root2, tail2 = _parse(rules, _segments_of(args))
        drv, root, tail = self._drv, self._root, self._tail
        if root2:
            if not drv2 and drv:
                return self._from_parsed(drv, root2, tail2)
            return self._from_parsed(drv2, root2, tail2)
        if drv2:
            if rules.casefold(drv2) == rules.casefold(drv):
                return self._from_parsed(drv, root, tail + tail2)
            return self._from_parsed(drv2, root2, tail2)
        return self._from_parsed(drv, root, tail + tail2)

    def _child(self, name):
        return self._from_parsed(self._drv, self._root, self._tail + [name])

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = _format(self._flavour, self._drv, self._root, self._tail)
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string, with / between the names whatever the flavour."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        """The path encoded with the filesystem encoding."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """A file:// URI for this absolute path."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    # -- comparison ----------------------------------------------------------------------------

    @property
    def _cparts(self):
        try:
            return self._ckey
        except AttributeError:
            self._ckey = self._flavour.casefold_parts(self.parts)
            return self._ckey

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    # -- components ----------------------------------------------------------------------------

    @property
    def drive(self):
        """Drive letter with colon, or UNC share; '' when there is none."""
        return self._drv

    @property
    def root(self):
        """The separator(s) that make the path rooted, or ''."""
        return self._root

    @property
    def anchor(self):
        """drive + root."""
        return self._drv + self._root

    @property
    def parts(self):
        """Tuple of the anchor (if any) followed by the names."""
        if self._drv or self._root:
            return (self._drv + self._root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def name(self):
        """Last name of the path ('' when it has only an anchor or is empty)."""
        if not self._tail:
            return ''
        return self._tail[-1]

    @property
    def suffix(self):
        """Extension of the last name, dot included ('.gz' for 'a.tar.gz'), or ''."""
        name = self.name
        dot = name.rfind('.')
        if 0 < dot < len(name) - 1:
            return name[dot:]
        return ''

    @property
    def suffixes(self):
        """Every extension of the last name, in order (['.tar', '.gz'] for 'a.tar.gz')."""
        name = self.name
        if name.endswith('.'):
            return []
        pieces = name.lstrip('.').split('.')
        return ['.' + piece for piece in pieces[1:]]

    @property
    def stem(self):
        """Last name without its final extension."""
        name = self.name
        dot = name.rfind('.')
        if 0 < dot < len(name) - 1:
            return name[:dot]
        return name

    @property
    def parent(self):
        """The path minus its last name (the path itself when there is none)."""
        if not self._tail:
            return self
        return self._from_parsed(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        """All ancestors, nearest first, as a sequence."""
        return _PathParents(self)

    # -- derived paths -------------------------------------------------------------------------

    def with_name(self, name):
        """Same path with another last name."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        rules = self._flavour
        drv, root, tail = _parse(rules, [name])
        if (not name or name[-1] == rules.sep or (rules.altsep and name[-1] == rules.altsep)
                or drv or root or len(tail) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._drv, self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """Same path with the last name's stem replaced (extension kept)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Same path with the final extension replaced, added (when there was none) or,
        given '', removed."""
        rules = self._flavour
        if rules.sep in suffix or (rules.altsep and rules.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)] + suffix
        else:
            name = name + suffix
        return self._from_parsed(self._drv, self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """This path expressed relative to the path made of the arguments; ValueError when it
        does not lie below it."""
        if not other:
            raise TypeError("need at least one argument")
        rules = self._flavour
        drv, root = self._drv, self._root
        if root:
            mine = [drv, root] + self._tail
        else:
            mine = ([drv] if drv else []) + self._tail
        odrv, oroot, otail = _parse(rules, _segments_of(other))
        if oroot:
            theirs = [odrv, oroot] + otail
        else:
            theirs = ([odrv] if odrv else []) + otail
        n = len(theirs)
        if n == 0:
            bad = bool(root or drv)
        else:
            bad = rules.casefold_parts(mine[:n]) != rules.casefold_parts(theirs)
        if bad:
            # (an empty other path shows as '' here, not '.')
            formatted = odrv + oroot + rules.sep.join(otail)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        rest = mine[n:]
        if n == 1 and root:
            # only a bare drive was given: the remainder keeps this path's root
            return self._from_parsed('', root, rest[1:])
        return self._from_parsed('', '', rest)

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Append the arguments as `/` would; an anchored argument replaces what came before."""
        return self._join(args)

    def __truediv__(self, key):
        try:
            return self._join((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + list(self.parts))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        """Whether the path is anchored fully: a root, plus a drive where the flavour has them."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """Whether the last name is a device name Windows reserves (always False for POSIX)."""
        return self._flavour.is_reserved(self._drv, self._tail)

    def match(self, path_pattern):
        """Glob-style match, anchored at the right end unless the pattern is absolute."""
        rules = self._flavour
        path_pattern = rules.casefold(path_pattern)
        drv, root, pat_tail = _parse(rules, [path_pattern])
        if drv or root:
            pat_parts = [drv + root] + pat_tail
        else:
            pat_parts = pat_tail
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != rules.casefold(self._drv):
            return False
        if root and root != rules.casefold(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


# Paths are os.PathLike (when os.PathLike supports registration).
try:
    os.PathLike.register(PurePath)
except AttributeError:
    pass


class PurePosixPath(PurePath):
    """Pure path with POSIX rules (usable on any system)."""
    _flavour = _posix_rules
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Pure path with Windows rules: drives, UNC shares, backslashes, case-insensitive
    comparison (usable on any system)."""
    _flavour = _windows_rules
    __slots__ = ()


# ---------------------------------------------------------------------------------------------
# Globbing

def _parse_pattern(path, pattern):
    if not pattern:
        raise ValueError("Unacceptable pattern: {!r}".format(pattern))
    rules = path._flavour
    drv, root, parts = _parse(rules, [pattern])
    if drv or root:
        raise NotImplementedError("Non-relative patterns are unsupported")
    if pattern[-1] == rules.sep or (rules.altsep and pattern[-1] == rules.altsep):
        parts.append('')
    return parts


def _check_pattern(parts):
    for pat in parts:
        if pat != '**' and '**' in pat:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")


def _walk_dirs(path):
    """Yield path and every directory below it (symlinked directories are not entered)."""
    yield path
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except PermissionError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError as e:
            if not _ignore_error(e):
                raise
            is_dir = False
        if is_dir and not entry.is_symlink():
            for sub in _walk_dirs(path._child(entry.name)):
                yield sub


def _select(path, parts, i):
    """Yield the paths below `path` matching the pattern components parts[i:]."""
    if i >= len(parts) or parts[i] == '':
        yield path
        return
    pat = parts[i]
    dironly = i + 1 < len(parts)
    if pat == '**':
        seen = set()
        for directory in _walk_dirs(path):
            for found in _select(directory, parts, i + 1):
                if found not in seen:
                    seen.add(found)
                    yield found
    elif _is_wildcard(pat):
        try:
            with os.scandir(path) as it:
                entries = list(it)
        except PermissionError:
            return
        for entry in entries:
            if dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    continue
            name = entry.name
            if fnmatch.fnmatchcase(name, pat):
                for found in _select(path._child(name), parts, i + 1):
                    yield found
    else:
        child = path._child(pat)
        if child.is_dir() if dironly else child.exists():
            for found in _select(child, parts, i + 1):
                yield found


def _glob(path, parts):
    _check_pattern(parts)
    if not parts:
        raise IndexError('tuple index out of range')
    if parts[0] == '':
        raise AttributeError("'_TerminatingSelector' object has no attribute 'select_from'")
    if not path.is_dir():
        return
    for found in _select(path, parts, 0):
        yield found


# ---------------------------------------------------------------------------------------------

def _text_encoding(encoding):
    if encoding is None:
        choose = getattr(io, 'text_encoding', None)
        if choose is not None:
            return choose(encoding)
    return encoding


class Path(PurePath):
    """A path that can also query and change the filesystem.

    Path() makes the flavour native to this system (PosixPath here); the other flavour
    cannot be instantiated.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def __enter__(self):
        _warn_deprecated("pathlib.Path.__enter__() is deprecated and scheduled for removal "
                         "in Python 3.13; Path objects as a context manager is a no-op")
        return self

    def __exit__(self, t, v, tb):
        pass

    # -- constructors --------------------------------------------------------------------------

    @classmethod
    def cwd(cls):
        """The current directory, from os.getcwd()."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory (what '~' expands to)."""
        return cls("~").expanduser()

    def absolute(self):
        """The path made absolute by putting the current directory in front (no '..' or
        symlink processing)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + list(self.parts))

    def resolve(self, strict=False):
        """Absolute path with symlinks and '..' resolved (see os.path.realpath); with strict,
        a missing component raises."""
        try:
            resolved = os.path.realpath(self, strict=strict)
        except OSError as e:
            if e.errno == ELOOP:
                raise RuntimeError("Symlink loop from %r" % (e.filename,))
            raise
        p = self._from_parts((resolved,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                if e.errno == ELOOP:
                    raise RuntimeError("Symlink loop from %r" % (e.filename,))
        return p

    def expanduser(self):
        """Replace a leading ~ or ~user by that home directory."""
        if not (self._drv or self._root) and self._tail and self._tail[0][:1] == '~':
            home = os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([home] + self._tail[1:])
        return self

    def readlink(self):
        """Target of this symbolic link, as a path."""
        return self._from_parts((os.readlink(self),))

    # -- queries -------------------------------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of this path: a symlink is described itself, not its target."""
        return self.stat(follow_symlinks=False)

    def owner(self):
        """User name owning the file."""
        try:
            import pwd
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this system")
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """Group name of the file."""
        try:
            import grp
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this system")
        return grp.getgrgid(self.stat().st_gid).gr_name

    def _mode_test(self, test, follow_symlinks=True):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            # Non-encodable path
            return False
        return test(st.st_mode)

    def exists(self):
        """True when something exists here (a dangling symlink does not count)."""
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        """True for a directory or a symlink to one."""
        return self._mode_test(S_ISDIR)

    def is_file(self):
        """True for a regular file or a symlink to one."""
        return self._mode_test(S_ISREG)

    def is_symlink(self):
        """True for a symbolic link, dangling or not."""
        return self._mode_test(S_ISLNK, follow_symlinks=False)

    def is_block_device(self):
        """True for a block device."""
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        """True for a character device."""
        return self._mode_test(S_ISCHR)

    def is_fifo(self):
        """True for a named pipe."""
        return self._mode_test(S_ISFIFO)

    def is_socket(self):
        """True for a Unix socket."""
        return self._mode_test(S_ISSOCK)

    def is_mount(self):
        """True when a filesystem is mounted on this directory."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_st = self.parent.stat()
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_st.st_dev:
            return True
        return st.st_ino == parent_st.st_ino

    def samefile(self, other_path):
        """Whether this and other_path name the same file (same device and inode)."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    # -- directories ---------------------------------------------------------------------------

    def iterdir(self):
        """Yield a path for every entry of this directory (in the order the system gives)."""
        for name in os.listdir(self):
            if name in ('.', '..'):
                continue
            yield self._child(name)

    def glob(self, pattern):
        """Yield the existing paths below this one that match a relative glob pattern
        ('**' stands for any number of directories)."""
        parts = _parse_pattern(self, pattern)
        for found in _glob(self, parts):
            yield found

    def rglob(self, pattern):
        """glob() with '**/' in front of the pattern: matches at any depth."""
        rules = self._flavour
        drv, root, parts = _parse(rules, [pattern])
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and (pattern[-1] == rules.sep or
                        (rules.altsep and pattern[-1] == rules.altsep)):
            parts.append('')
        for found in _glob(self, ['**'] + parts):
            yield found

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Make this directory; parents=True makes missing ancestors too, exist_ok=True
        accepts an existing directory."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # A directory that is already there is fine when exist_ok is set; anything else
            # (a file in the way, no permission) is not.
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        """Remove this (empty) directory."""
        os.rmdir(self)

    # -- files ---------------------------------------------------------------------------------

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """open() this path."""
        if 'b' not in mode:
            encoding = _text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Whole content as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Whole content as str."""
        encoding = _text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the content with these bytes; returns the count written."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the content with this text; returns the count written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = _text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if missing, else refresh its times (or fail, with exist_ok=False)."""
        if exist_ok:
            # Only refresh the times when the file is already there.
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def chmod(self, mode, *, follow_symlinks=True):
        """os.chmod() of this path."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() of a symlink itself rather than its target."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or symlink; missing_ok=True ignores a missing one."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """os.rename() to target; returns the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """os.replace() to target (an existing target is overwritten); returns the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Create a symlink here that points at target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Create a hard link here to the file target."""
        os.link(target, self)

    def link_to(self, target):
        """Deprecated: create target as a hard link to this file (hardlink_to() takes its
        arguments the other way round)."""
        _warn_deprecated("pathlib.Path.link_to() is deprecated and is scheduled for "
                         "removal in Python 3.12. Use pathlib.Path.hardlink_to() instead.")
        os.link(self, target)


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object.
    """
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems.

    On a Windows system, instantiating a Path should return this object.
    """
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")
