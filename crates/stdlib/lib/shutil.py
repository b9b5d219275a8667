"""High-level file operations: copying files and their metadata (copyfile, copy, copy2,
copymode, copystat, copyfileobj), whole trees (copytree, rmtree), moving (move), looking up
programs (which), and a few system queries (disk_usage, get_terminal_size).

Archive creation and extraction (make_archive, unpack_archive) are not provided.
"""

import collections
import errno
import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "ignore_patterns", "chown", "which",
           "get_terminal_size", "SameFileError"]

_WINDOWS = os.name == 'nt'
COPY_BUFSIZE = 1024 * 1024 if _WINDOWS else 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() and friends were given one file as both source and destination."""


class SpecialFileError(OSError):
    """The operation cannot work on a special file such as a named pipe."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """An archive format could not be (un)registered."""


def _is_direntry(obj):
    entry_type = getattr(os, 'DirEntry', None)
    return entry_type is not None and isinstance(obj, entry_type)


def _stat(fn):
    if _is_direntry(fn):
        return fn.stat()
    return os.stat(fn)


def _islink(fn):
    if _is_direntry(fn):
        return fn.is_symlink()
    return os.path.islink(fn)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


# ---------------------------------------------------------------------------------------------
# Copying single files

def copyfileobj(fsrc, fdst, length=0):
    """Copy everything readable from the file object fsrc into fdst, `length` at a time."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the content of the file src to dst (created or truncated) and return dst.

    With follow_symlinks=False a symlink src is recreated as a symlink instead.
    SameFileError when both name the same file.
    """
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))

    for fn in (src, dst):
        try:
            st = _stat(fn)
        except OSError:
            # a file that is not there cannot be a named pipe
            continue
        if stat.S_ISFIFO(st.st_mode):
            if _is_direntry(fn):
                fn = fn.path
            raise SpecialFileError("`%s` is a named pipe" % fn)

    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst

    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            # e.g. a destination ending with a slash whose directory does not exist
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src.

    With follow_symlinks=False and both arguments symlinks, the links themselves are meant;
    where links have no modes of their own (Linux) nothing is done.
    """
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        if not hasattr(os, 'lchmod'):
            return
        st = os.lstat(src)
        os.lchmod(dst, stat.S_IMODE(st.st_mode))
        return
    st = _stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _copyxattr(src, dst, *, follow_symlinks=True):
    """Copy the extended filesystem attributes from src to dst (where the system has them)."""
    if not hasattr(os, 'listxattr'):
        return
    quiet = set()
    for name in ('ENOTSUP', 'ENODATA', 'EINVAL'):
        if hasattr(errno, name):
            quiet.add(getattr(errno, name))
    try:
        names = os.listxattr(src, follow_symlinks=follow_symlinks)
    except OSError as e:
        if e.errno not in quiet:
            raise
        return
    for name in names:
        try:
            value = os.getxattr(src, name, follow_symlinks=follow_symlinks)
            os.setxattr(dst, name, value, follow_symlinks=follow_symlinks)
        except OSError as e:
            if e.errno not in quiet and e.errno != errno.EPERM:
                raise


def _follow_symlinks_support():
    supported = getattr(os, 'supports_follow_symlinks', None)
    if supported is not None:
        return supported
    # Without the capability set, assume what Linux offers.
    return {getattr(os, name) for name in ('stat', 'utime', 'chown', 'access', 'link')
            if hasattr(os, name)}


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits, access and modification times, flags and (on Linux)
    extended attributes of src.  Content, owner and group are left alone.

    With follow_symlinks=False and both arguments symlinks, the links themselves are meant.
    """
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if follow:
        supported = None
    else:
        supported = _follow_symlinks_support()

    def available(name):
        func = getattr(os, name, None)
        if func is None:
            return None
        if supported is not None and func not in supported:
            return None
        return func

    if _is_direntry(src):
        st = src.stat(follow_symlinks=follow)
    else:
        st = available('stat')(src, follow_symlinks=follow)
    mode = stat.S_IMODE(st.st_mode)

    utime = available('utime')
    if utime is not None:
        utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)

    _copyxattr(src, dst, follow_symlinks=follow)

    chmod = available('chmod')
    if chmod is not None:
        try:
            chmod(dst, mode, follow_symlinks=follow)
        except NotImplementedError:
            # e.g. no lchmod on Linux: the link's own mode cannot be changed
            pass

    flags = getattr(st, 'st_flags', None)
    chflags = available('chflags')
    if flags is not None and chflags is not None:
        try:
            chflags(dst, flags, follow_symlinks=follow)
        except OSError as why:
            unsupported = [getattr(errno, n) for n in ('EOPNOTSUPP', 'ENOTSUP')
                           if hasattr(errno, n)]
            if why.errno not in unsupported:
                raise


def copy(src, dst, *, follow_symlinks=True):
    """Copy content and permission bits, like `cp src dst`; dst may be a directory.
    Returns the path of the new file."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), but all metadata copystat() handles is copied too.
    Returns the path of the new file."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# ---------------------------------------------------------------------------------------------
# Trees

def ignore_patterns(*patterns):
    """Build an `ignore` callable for copytree() that skips names matching any of the
    glob patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst and return dst.

    symlinks: recreate symbolic links as links (otherwise what they point at is copied; a
        dangling link is then an error unless ignore_dangling_symlinks is set).
    ignore: callable(directory, names) -> names to leave out, called for every directory.
    copy_function: used for every file (copy2 by default).
    dirs_exist_ok: merge into existing directories instead of raising FileExistsError.

    Problems with single entries are collected and raised together as Error([(src, dst,
    reason), ...]) once everything else has been copied.
    """
    with os.scandir(src) as it:
        entries = list(it)
    names = [entry.name for entry in entries]
    if ignore is not None:
        ignored = ignore(os.fspath(src), names)
    else:
        ignored = set()

    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        name = entry.name
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if entry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    # recreate the link itself, with the link's own times where possible
                    os.symlink(linkto, dstname)
                    copystat(srcname, dstname, follow_symlinks=False)
                    continue
                if not os.path.exists(linkto) and ignore_dangling_symlinks:
                    continue
            if entry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        # copying access times can fail on Windows; that is not worth an error
        if getattr(why, 'winerror', None) is None:
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _can_open(path):
    """Open and close `path` read-only (as a directory walk must); raises OSError."""
    fd = os.open(path, os.O_RDONLY)
    os.close(fd)


def _rmtree_contents(path, onerror):
    """Remove everything inside the directory `path` (not the directory itself).

    Errors are reported for the full path of the entry, but, as when entries are removed
    relative to a directory descriptor, the exception itself names the entry only.
    """
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError as err:
        err.filename = path
        onerror(os.scandir, path, sys.exc_info())
        return
    for entry in entries:
        fullname = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if not is_dir:
            try:
                os.unlink(fullname)
            except OSError as err:
                err.filename = entry.name
                onerror(os.unlink, fullname, sys.exc_info())
            continue
        try:
            _can_open(fullname)
        except OSError as err:
            err.filename = entry.name
            onerror(os.open, fullname, sys.exc_info())
            continue
        _rmtree_contents(fullname, onerror)
        try:
            os.rmdir(fullname)
        except OSError as err:
            err.filename = entry.name
            onerror(os.rmdir, fullname, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory tree at path.

    ignore_errors=True ignores every failure.  Otherwise each failure is passed to
    onerror(function, path, exc_info) when given, or raised.  Symbolic links are removed,
    never followed; path itself must not be a link.  dir_fd is not supported here.
    """
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(func, path, exc_info):
            raise exc_info[1]
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        st = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        _can_open(path)
    except Exception:
        onerror(os.open, path, sys.exc_info())
        return
    if stat.S_ISLNK(st.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree_contents(path, onerror)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


# Symlinks are checked with lstat() before each directory is entered, but not through
# directory file descriptors, so a tree changing underneath rmtree() is not guarded against.
rmtree.avoids_symlink_attacks = False


def _basename(path):
    path = os.fspath(path)
    seps = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(seps))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def _is_immutable(src):
    st = _stat(src)
    flags = getattr(st, 'st_flags', None)
    if flags is None:
        return False
    return flags in (getattr(stat, 'UF_IMMUTABLE', 2), getattr(stat, 'SF_IMMUTABLE', 0x20000))


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to dst, like `mv`, and return the final path.

    When dst is an existing directory, src goes inside it (and must not already be there).
    A rename is used when possible; otherwise the data is copied (with copy_function, copy2
    by default, or copytree for a directory) and the source removed.
    """
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # (a case-only rename on a case-insensitive filesystem)
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            if (_is_immutable(src) or (not os.access(src, os.W_OK) and os.listdir(src)
                                       and sys.platform == 'darwin')):
                raise PermissionError("Cannot move the non-empty directory '%s': Lacking "
                                      "write permission to '%s'." % (src, src))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


# ---------------------------------------------------------------------------------------------
# System queries

if hasattr(os, 'statvfs'):
    __all__.append('disk_usage')
    _ntuple_diskusage = collections.namedtuple('usage', 'total used free')

    def disk_usage(path):
        """Total, used and free space in bytes of the filesystem holding path, as a
        named tuple."""
        st = os.statvfs(path)
        free = st.f_bavail * st.f_frsize
        total = st.f_blocks * st.f_frsize
        used = (st.f_blocks - st.f_bfree) * st.f_frsize
        return _ntuple_diskusage(total, used, free)


def _get_gid(name):
    """gid of a group name, or None."""
    if name is None:
        return None
    try:
        import grp
    except ImportError:
        return None
    try:
        result = grp.getgrnam(name)
    except KeyError:
        result = None
    if result is not None:
        return result[2]
    return None


def _get_uid(name):
    """uid of a user name, or None."""
    if name is None:
        return None
    try:
        import pwd
    except ImportError:
        return None
    try:
        result = pwd.getpwnam(name)
    except KeyError:
        result = None
    if result is not None:
        return result[2]
    return None


def chown(path, user=None, group=None):
    """Change the owner and/or group of path; names or numeric ids are accepted."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = user
    gid = group
    if user is None:
        uid = -1
    elif isinstance(user, str):
        uid = _get_uid(user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is None:
        gid = -1
    elif not isinstance(group, int):
        gid = _get_gid(group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)


def get_terminal_size(fallback=(80, 24)):
    """Size of the terminal as os.terminal_size(columns, lines).

    Positive COLUMNS / LINES environment values win; missing ones come from the terminal on
    sys.__stdout__, or from `fallback` when that is not a terminal.
    """
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0

    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            # no stdout, stdout closed or detached, or not a terminal
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]

    return os.terminal_size((columns, lines))


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Path of the program `cmd` found on PATH (or `path`) with access `mode`, or None.

    A cmd containing a directory part is checked as it stands.
    """
    # A command with a directory part (even ./prog) is checked as it is, not on PATH.
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None

    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    # PATH='' finds nothing, while PATH=':' searches the current directory.
    if not path:
        return None

    if use_bytes:
        dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        dirs = os.fsdecode(path).split(os.pathsep)

    seen = set()
    for d in dirs:
        key = os.path.normcase(d)
        if key in seen:
            continue
        seen.add(key)
        name = os.path.join(d, cmd)
        if _access_check(name, mode):
            return name
    return None
