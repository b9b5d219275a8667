"""Facts about the platform the program runs on: system, release, machine, node, uname(), and
the Python implementation and version pyrite is compatible with."""

import os as _os
import sys as _sys
import collections as _collections

uname_result = _collections.namedtuple('uname_result', 'system node release version machine')
_uname_cache = None


def uname():
    """(system, node, release, version, machine) from os.uname()."""
    global _uname_cache
    if _uname_cache is None:
        u = _os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ''


def architecture(executable=None, bits='', linkage=''):
    return ('64bit' if _sys.maxsize > 2 ** 32 else '32bit', 'ELF')


def python_implementation():
    """The implementation pyrite stands in for (its behaviour and output follow CPython)."""
    return 'CPython'


def python_version():
    return '%d.%d.%d' % _sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in _sys.version_info[:3])


def python_compiler():
    return 'rustc'


def python_build():
    return ('main', '')


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '2.36')


def platform(aliased=False, terse=False):
    """'Linux-<release>-<machine>-with-<libc>' like CPython's default form."""
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    lib, ver = libc_ver()
    return '%s-%s-%s-with-%s%s' % (u.system, u.release, u.machine, lib, ver)


def freedesktop_os_release():
    """The key=value pairs of /etc/os-release (or /usr/lib/os-release)."""
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
                for line in f:
                    line = line.strip()
                    if not line or line.startswith('#') or '=' not in line:
                        continue
                    k, v = line.split('=', 1)
                    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
                        v = v[1:-1]
                    info[k] = v
                return info
        except OSError:
            continue
    raise OSError(2, 'No such file or directory', '/etc/os-release')
