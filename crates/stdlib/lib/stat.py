"""Names for the numbers in os.stat()/os.lstat() results, and tests on file modes.

The ST_* constants index the tuple form of a stat result; the S_IF* constants are the
file-type bits of st_mode and the S_IS*() functions test them; S_IMODE() and S_IFMT()
split a mode into its permission and type parts; filemode() renders a mode the way
`ls -l` does ('-rw-r--r--'). UF_*/SF_* are BSD file flags (st_flags) and FILE_ATTRIBUTE_*
are the Windows attribute bits (st_file_attributes); both are plain numbers here.
"""

# Indices into the tuple form of a stat result.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types (the S_IFMT part of st_mode).
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Solaris doors, event ports and BSD whiteouts do not exist here: their bits are 0.
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and special bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# BSD st_flags values.
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows st_file_attributes values.
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072

_TYPE_MASK = 0o170000


def _as_mode(mode):
    """Check that `mode` is a non-negative machine integer, as the C functions do."""
    if isinstance(mode, float) or not hasattr(type(mode), '__index__'):
        raise TypeError("an integer is required")
    mode = mode.__index__()
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFFFFFFFFFFFFFF:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if mode > 0xFFFFFFFF:
        raise OverflowError("mode out of range")
    return mode


def S_IMODE(mode):
    """The permission bits of the mode (including set-id and sticky bits)."""
    return _as_mode(mode) & 0o7777


def S_IFMT(mode):
    """The file-type bits of the mode."""
    return _as_mode(mode) & _TYPE_MASK


def S_ISDIR(mode):
    """Whether the mode is that of a directory."""
    return _as_mode(mode) & _TYPE_MASK == S_IFDIR


def S_ISCHR(mode):
    """Whether the mode is that of a character special device file."""
    return _as_mode(mode) & _TYPE_MASK == S_IFCHR


def S_ISBLK(mode):
    """Whether the mode is that of a block special device file."""
    return _as_mode(mode) & _TYPE_MASK == S_IFBLK


def S_ISREG(mode):
    """Whether the mode is that of a regular file."""
    return _as_mode(mode) & _TYPE_MASK == S_IFREG


def S_ISFIFO(mode):
    """Whether the mode is that of a FIFO (named pipe)."""
    return _as_mode(mode) & _TYPE_MASK == S_IFIFO


def S_ISLNK(mode):
    """Whether the mode is that of a symbolic link."""
    return _as_mode(mode) & _TYPE_MASK == S_IFLNK


def S_ISSOCK(mode):
    """Whether the mode is that of a socket."""
    return _as_mode(mode) & _TYPE_MASK == S_IFSOCK


def S_ISDOOR(mode):
    """Whether the mode is that of a door."""
    _as_mode(mode)
    return False


def S_ISPORT(mode):
    """Whether the mode is that of an event port."""
    _as_mode(mode)
    return False


def S_ISWHT(mode):
    """Whether the mode is that of a whiteout."""
    _as_mode(mode)
    return False


# For each of the ten characters of filemode(): the (bits, letter) pairs to try in order;
# the first pair whose bits are all set in the mode gives the letter, otherwise '-'.
_filemode_table = (
    ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
     (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)

_TYPE_LETTERS = {
    S_IFLNK: "l", S_IFSOCK: "s", S_IFREG: "-", S_IFBLK: "b",
    S_IFDIR: "d", S_IFCHR: "c", S_IFIFO: "p",
}


def filemode(mode):
    """Render the mode the way `ls -l` shows it, e.g. 'drwxr-xr-x'."""
    mode = _as_mode(mode)
    letters = [_TYPE_LETTERS.get(mode & _TYPE_MASK, "?")]
    for choices in _filemode_table[1:]:
        for bits, letter in choices:
            if mode & bits == bits:
                letters.append(letter)
                break
        else:
            letters.append("-")
    return "".join(letters)
