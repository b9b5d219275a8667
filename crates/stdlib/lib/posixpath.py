"""Path name operations for POSIX systems; reach it as os.path rather than by this name.

Every function accepts str, bytes or os.PathLike arguments and answers in the same type;
mixing str and bytes raises TypeError. The pure string functions (join, split, normpath,
relpath...) never touch the file system except to read the current directory; the query
functions (exists, isdir, getsize...) go through os.stat()/os.lstat().
"""

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

# Names describing the path syntax (os re-exports them).
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

# os imports this module while it is being initialised itself: the names above must exist
# before the import of os below, for a program that imports posixpath first.
import os
import sys
import stat

supports_unicode_filenames = (sys.platform == 'darwin')


def _get_sep(path):
    """The separator in the type of `path` (already passed through os.fspath)."""
    if isinstance(path, bytes):
        return b'/'
    return '/'


def _check_arg_types(funcname, *args):
    """Explain a TypeError raised while combining path arguments.

    Called when mixing the arguments failed: reports the first argument that is neither str
    nor bytes, or else the fact that str and bytes were mixed."""
    has_str = has_bytes = False
    for arg in args:
        if isinstance(arg, str):
            has_str = True
        elif isinstance(arg, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or "
                            f"os.PathLike object, not {type(arg).__name__!r}") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# --- Pure string operations -------------------------------------------------------------

def normcase(s):
    """Return the path unchanged: POSIX file names are case-sensitive."""
    return os.fspath(s)


def isabs(s):
    """True when the path starts with a slash."""
    s = os.fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Join path components with '/' between them.

    A component starting with '/' restarts the path from there; an empty final component
    leaves a trailing '/'."""
    a = os.fspath(a)
    slash = _get_sep(a)
    path = a
    parts = []
    for part in p:
        try:
            part = os.fspath(part)
        except TypeError:
            _check_arg_types('join', a, *p)
            raise
        parts.append(part)
    try:
        for part in parts:
            if part.startswith(slash):
                path = part
            elif not path or path.endswith(slash):
                path = path + part
            else:
                path = path + slash + part
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Return (head, tail): tail is what follows the last '/', head what precedes it
    (without trailing slashes, unless it is all slashes). Either may be empty."""
    p = os.fspath(p)
    slash = _get_sep(p)
    cut = p.rfind(slash) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """Return (root, ext) where ext is the last name's final '.suffix' (or empty).

    Dots that begin the last name do not start an extension: '.bashrc' has none."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    name_start = p.rfind(slash) + 1
    dot_at = p.rfind(dot)
    if dot_at > name_start:
        # The name must have something other than dots before the last dot.
        for i in range(name_start, dot_at):
            if p[i:i + 1] != dot:
                return p[:dot_at], p[dot_at:]
    return p, p[:0]


def splitdrive(p):
    """Return ('', path): there are no drive letters on POSIX."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Return what follows the last '/' of the path."""
    p = os.fspath(p)
    return p[p.rfind(_get_sep(p)) + 1:]


def dirname(p):
    """Return the head of split(path): the directory part."""
    return split(p)[0]


def normpath(path):
    """Collapse redundant separators and '.' components and resolve '..' textually
    (without looking at symbolic links)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        slash, dot, dotdot = b'/', b'.', b'..'
    else:
        slash, dot, dotdot = '/', '.', '..'
    if not path:
        return dot
    # POSIX keeps exactly two leading slashes (they may mean something special);
    # one, three or more collapse to one.
    if path.startswith(slash):
        if path.startswith(slash * 2) and not path.startswith(slash * 3):
            root = slash * 2
        else:
            root = slash
    else:
        root = path[:0]
    kept = []
    for comp in path.split(slash):
        if not comp or comp == dot:
            continue
        if comp == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
                continue
            if root:
                continue        # '..' at the root stays at the root
        kept.append(comp)
    result = root + slash.join(kept)
    return result or dot


def abspath(path):
    """Return the normalized absolute form of the path, based on the current directory."""
    path = os.fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = os.getcwdb()
        else:
            cwd = os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def relpath(path, start=None):
    """Return the path relative to start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        here, slash, up = b'.', b'/', b'..'
    else:
        here, slash, up = '.', '/', '..'
    if start is None:
        start = here
    else:
        start = os.fspath(start)
    try:
        start_parts = [c for c in abspath(start).split(slash) if c]
        path_parts = [c for c in abspath(path).split(slash) if c]
        common = 0
        for a, b in zip(start_parts, path_parts):
            if a != b:
                break
            common += 1
        rest = [up] * (len(start_parts) - common) + path_parts[common:]
        if not rest:
            return here
        return join(*rest)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonprefix(m):
    """Return the longest string that starts every item of the list (compared character
    by character, so the result need not be a whole path component)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    low = min(m)
    high = max(m)
    # The lexicographically smallest and largest items bound every other item.
    for i in range(len(low)):
        if i >= len(high) or low[i] != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    """Return the longest path, made of whole components, that leads every path of
    the sequence."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    try:
        split_paths = [p.split(slash) for p in paths]
        absolute = set(p[:1] == slash for p in paths)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    try:
        cleaned = [[c for c in parts if c and c != dot] for parts in split_paths]
        low = min(cleaned)
        high = max(cleaned)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
    shared = low
    for i in range(len(low)):
        if low[i] != high[i]:
            shared = low[:i]
            break
    prefix = slash if absolute.pop() else slash[:0]
    return prefix + slash.join(shared)


# --- Environment expansion --------------------------------------------------------------

def _user_home(name):
    """Home directory of user `name` (str), or None when unknown."""
    try:
        import pwd
    except ImportError:
        pwd = None
    if pwd is not None:
        try:
            return pwd.getpwnam(name).pw_dir
        except KeyError:
            return None
    return _passwd_lookup(lambda fields: fields[0] == name)


def _uid_home(uid):
    """Home directory of the user with id `uid`, or None when unknown."""
    try:
        import pwd
    except ImportError:
        pwd = None
    if pwd is not None:
        try:
            return pwd.getpwuid(uid).pw_dir
        except KeyError:
            return None
    return _passwd_lookup(lambda fields: fields[2] == str(uid))


def _passwd_lookup(matches):
    """Read /etc/passwd directly when the pwd module is not available."""
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split(':')
        if len(fields) >= 7 and matches(fields):
            return fields[5]
    return None


def expanduser(path):
    """Replace a leading '~' by $HOME (or the user's home directory) and '~name' by
    the home directory of user name; the path comes back unchanged when that is unknown."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        tilde, slash = b'~', b'/'
    else:
        tilde, slash = '~', '/'
    if not path.startswith(tilde):
        return path
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            home = _uid_home(os.getuid())
            if home is None:
                return path
    else:
        name = path[1:end]
        if isinstance(name, bytes):
            name = name.decode('ascii')
        home = _user_home(name)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[end:]) or slash


def _is_name_char(ch):
    """ASCII letters, digits and underscore: what a bare $name may contain."""
    return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z') or ('0' <= ch <= '9')


def expandvars(path):
    """Substitute environment variables written $name or ${name}; references to
    unset variables stay as they are."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    if is_bytes:
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
        env = getattr(os, 'environb', None)
    else:
        if '$' not in path:
            return path
        text = path
        env = os.environ
    pieces = []
    i = 0
    n = len(text)
    while True:
        dollar = text.find('$', i)
        if dollar < 0:
            break
        # Find a $name or ${name} starting at `dollar`.
        j = dollar + 1
        if j < n and _is_name_char(text[j]):
            while j < n and _is_name_char(text[j]):
                j += 1
            name = text[dollar + 1:j]
        elif j < n and text[j] == '{' and text.find('}', j) >= 0:
            close = text.find('}', j)
            name = text[j + 1:close]
            j = close + 1
        else:
            pieces.append(text[i:dollar + 1])
            i = dollar + 1
            continue
        value = None
        if is_bytes:
            key = name.encode('latin-1')
            if env is None:
                if os.fsdecode(key) in os.environ:
                    value = os.fsencode(os.environ[os.fsdecode(key)])
            elif key in env:
                value = env[key]
            if value is not None:
                value = value.decode('latin-1')
        elif name in env:
            value = env[name]
        pieces.append(text[i:dollar])
        pieces.append(text[dollar:j] if value is None else value)
        i = j
    pieces.append(text[i:])
    result = ''.join(pieces)
    if is_bytes:
        return result.encode('latin-1')
    return result


# --- Queries on the file system ---------------------------------------------------------

def exists(path):
    """True when os.stat() succeeds on the path (so False for a dangling symlink)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """True when os.lstat() succeeds on the path (so True for a dangling symlink)."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """True when the path leads (through symlinks) to a regular file."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """True when the path leads (through symlinks) to a directory."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def islink(path):
    """True when the path itself is a symbolic link."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def ismount(path):
    """True when the path is a mount point: its parent is on another device, or is the
    same directory (the root)."""
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    parent = realpath(join(path, b'..' if isinstance(path, bytes) else '..'))
    try:
        above = os.lstat(parent)
    except (OSError, ValueError):
        return False
    # A different device above, or the same inode (the root), means a mount point.
    return here.st_dev != above.st_dev or here.st_ino == above.st_ino


def getsize(filename):
    """Size in bytes of the file, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Time of last modification of the file (seconds since the epoch), from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Time of last access of the file (seconds since the epoch), from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Time of last status change of the file (seconds since the epoch), from os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """True when two stat results describe the same file (same device and inode)."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True when both paths lead to the same file; os.stat() errors propagate."""
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return samestat(s1, s2)


def sameopenfile(fp1, fp2):
    """True when two file descriptors are open on the same file."""
    s1 = os.fstat(fp1)
    s2 = os.fstat(fp2)
    return samestat(s1, s2)


# --- realpath ---------------------------------------------------------------------------

def realpath(filename, *, strict=False):
    """Return the absolute path with every symbolic link resolved.

    A path component that does not exist is kept as written; with strict=True it raises
    OSError instead, as does a symlink loop (which otherwise stops the resolution)."""
    filename = os.fspath(filename)
    resolved, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(resolved)


def _resolve(base, rest, strict, links):
    """Append the components of `rest` to the already resolved `base`, following links.

    `links` maps each symbolic link met so far to what it resolved to (None while it is
    being resolved, which reveals a loop). Returns (path, finished): finished is False when
    a loop stopped the resolution, in which case path holds the unresolved remainder.
    """
    if isinstance(rest, bytes):
        slash, here, up = b'/', b'.', b'..'
    else:
        slash, here, up = '/', '.', '..'
    if rest.startswith(slash):
        base = slash
    parts = rest.split(slash)
    for index, name in enumerate(parts):
        if not name or name == here:
            continue
        if name == up:
            if not base:
                base = up
            else:
                parent, last = split(base)
                base = join(parent, up, up) if last == up else parent
            continue
        candidate = join(base, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            base = candidate
            continue
        remaining = slash.join(parts[index + 1:])
        if candidate in links:
            target = links[candidate]
            if target is not None:
                base = target
                continue
            # A link that leads back to itself.
            if strict:
                os.stat(candidate)      # raises the ELOOP error
            return join(candidate, remaining), False
        links[candidate] = None
        base, finished = _resolve(base, os.readlink(candidate), strict, links)
        if not finished:
            return join(base, remaining), False
        links[candidate] = base
    return base, True
