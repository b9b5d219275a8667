"""Filename globbing utility: find the path names matching a shell-style pattern.

glob() returns a list and iglob() an iterator of the existing paths that match the
pattern, whose components may use the fnmatch wildcards *, ? and [seq]. Names starting
with a dot are only matched by a component starting with a dot (unless include_hidden is
true). With recursive=True a component '**' matches any number of directories, including
none. Results come in the order the operating system lists directories (not sorted).
escape() quotes the wildcard characters of a literal path and has_magic() tells whether a
string contains any.
"""

import os
import stat
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """List the existing paths that match the pattern (see the module documentation).

    root_dir: directory the pattern and the results are relative to (default: the current
    directory); dir_fd: an open directory descriptor playing the same part. recursive: let
    '**' match any depth of directories. include_hidden: let wildcards match names starting
    with '.'.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), but produce the paths one at a time."""
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, dir_fd, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # A leading '**' also yields the starting directory itself as an empty path;
        # that one is not a result.
        try:
            first = next(results)
        except StopIteration:
            return iter(())
        if first:
            return _chain(first, results)
    return results


def _chain(first, rest):
    yield first
    yield from rest


def _iglob(pathname, root_dir, dir_fd, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        # A literal path: it is a result when it exists.
        if basename:
            if _lexists(_join(root_dir, pathname), dir_fd):
                yield pathname
        elif _isdir(_join(root_dir, dirname), dir_fd):
            # A trailing slash only matches a directory.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dir_fd, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dir_fd, dironly, include_hidden)
        return
    # Find the candidate directories first, then look for the last component in each.
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, dir_fd, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        search = _glob0
    elif recursive and _isrecursive(basename):
        search = _glob2
    else:
        search = _glob1
    for directory in dirs:
        for name in search(_join(root_dir, directory), basename, dir_fd, dironly,
                           include_hidden):
            yield os.path.join(directory, name)


def _glob1(dirname, pattern, dir_fd, dironly, include_hidden=False):
    """Names in `dirname` matching the wildcard pattern `pattern`."""
    names = _listdir(dirname, dir_fd, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [name for name in names if not _ishidden(name)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dir_fd, dironly, include_hidden=False):
    """[basename] when that literal name exists in `dirname`, else []."""
    if basename:
        if _lexists(_join(dirname, basename), dir_fd):
            return [basename]
    elif _isdir(dirname, dir_fd):
        # 'dir/' (empty basename) matches only when dir is a directory.
        return [basename]
    return []


def _glob2(dirname, pattern, dir_fd, dironly, include_hidden=False):
    """'**': the directory itself (as an empty name) and everything below it."""
    yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly, include_hidden)


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, None, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, None, False)


_DIR_OPEN_FLAGS = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)


def _listdir(dirname, dir_fd, dironly):
    """Names of the entries of `dirname` (of its subdirectories only when dironly), in
    the type of dirname; an empty list when it cannot be listed."""
    names = []
    opened = None
    try:
        if dir_fd is None:
            target = dirname or (b'.' if isinstance(dirname, bytes) else '.')
        elif dirname:
            opened = target = os.open(dirname, _DIR_OPEN_FLAGS, dir_fd=dir_fd)
        else:
            target = dir_fd
        try:
            with os.scandir(target) as entries:
                for entry in entries:
                    try:
                        if not dironly or entry.is_dir():
                            names.append(entry.name)
                    except OSError:
                        pass
        finally:
            if opened is not None:
                os.close(opened)
    except OSError:
        pass
    if dir_fd is not None and isinstance(dirname, bytes):
        # Listing a descriptor gives str names.
        names = [os.fsencode(name) for name in names]
    return names


def _rlistdir(dirname, dir_fd, dironly, include_hidden=False):
    """Every path below `dirname`, relative to it, each directory before its contents."""
    for name in _listdir(dirname, dir_fd, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            below = _join(dirname, name) if dirname else name
            for sub in _rlistdir(below, dir_fd, dironly, include_hidden):
                yield _join(name, sub)


def _lexists(pathname, dir_fd):
    if dir_fd is None:
        return os.path.lexists(pathname)
    try:
        os.lstat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname, dir_fd):
    if dir_fd is None:
        return os.path.isdir(pathname)
    try:
        st = os.stat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def _join(dirname, basename):
    # Like os.path.join, but an empty part adds no separator.
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


_MAGIC = frozenset('*?[')
_MAGIC_BYTES = frozenset(b'*?[')


def has_magic(s):
    """Whether `s` contains any of the wildcard characters * ? [."""
    if isinstance(s, (bytes, bytearray)):
        return any(c in _MAGIC_BYTES for c in s)
    if not isinstance(s, str):
        raise TypeError(f"expected string or bytes-like object, got {type(s).__name__!r}")
    return any(c in _MAGIC for c in s)


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """Quote the wildcard characters of a path so that it only matches itself."""
    # Each wildcard character becomes a one-character set: '*' -> '[*]'.
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = bytearray()
        for c in pathname:
            if c in _MAGIC_BYTES:
                out += b'[' + bytes([c]) + b']'
            else:
                out.append(c)
        pathname = bytes(out)
    else:
        pathname = ''.join('[' + c + ']' if c in _MAGIC else c for c in pathname)
    return drive + pathname

