import os
import sys

print(os.name, repr(os.linesep), os.sep, os.altsep, os.extsep, os.pathsep)
print(os.curdir, os.pardir, os.defpath, os.devnull)
print(os.error is OSError, os.supports_bytes_environ)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
for name in ["walk", "makedirs", "removedirs", "renames", "environ", "getenv", "fsencode",
             "fsdecode", "get_exec_path", "PathLike", "sep", "path", "name", "listdir",
             "stat", "mkdir", "scandir", "fspath", "environb", "getenvb", "fdopen"]:
    print(name, name in os.__all__, hasattr(os, name))
print(os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)
print(type(os.supports_dir_fd).__name__, type(os.supports_fd).__name__)
print(sys.modules["os"] is os, os.__name__)
print(isinstance(os.getpid(), int), os.getpid() == os.getpid(), os.getppid() != os.getpid())
print(isinstance(os.cpu_count(), int), len(os.urandom(7)), os.strerror(2))
print(os.access(".", os.F_OK), os.access("/no/such", os.F_OK), os.device_encoding(999))
u = os.uname()
print(u.sysname, type(u.release).__name__, len(u))
