import errno
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir("adir")
    with open("exists.txt", "w"):
        pass

    def attempt(label, *args, **kw):
        try:
            with open(*args, **kw) as f:
                print(label, "opened", f.name)
        except OSError as e:
            print(label, type(e).__name__, e.errno, errno.errorcode[e.errno], repr(e.strerror),
                  repr(e.filename), e.filename2)
            print("   str:", e)
            print("   args:", e.args)

    attempt("missing", "no/such/file.txt")
    attempt("missing-w", "no/such/file.txt", "w")
    attempt("dir-r", "adir")
    attempt("dir-w", "adir", "w")
    attempt("dir-rb", "adir", "rb")
    attempt("exists-x", "exists.txt", "x")
    attempt("not-dir", "exists.txt/inner")
    attempt("bytes-missing", b"missing.bin")

    try:
        open("missing")
    except FileNotFoundError as e:
        print(isinstance(e, OSError), isinstance(e, IOError), isinstance(e, EnvironmentError))
        print(type(e).__mro__[1].__name__)
    try:
        open("missing")
    except OSError as e:
        print(e.errno == errno.ENOENT, type(e) is FileNotFoundError)
    err = OSError(errno.ENOENT, "No such file or directory", "made-up")
    print(type(err).__name__, err)
    err = OSError(errno.EEXIST, "File exists")
    print(type(err).__name__, err, err.filename)
    err = OSError("plain message")
    print(type(err).__name__, err, err.errno)
    err = PermissionError(errno.EACCES, "Permission denied", "secret.txt")
    print(err, err.errno)
    for code in [errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EAGAIN, errno.EPIPE,
                 errno.ECHILD, errno.ESRCH, errno.ETIMEDOUT, errno.EINTR, errno.EINVAL]:
        print(code, type(OSError(code, "x")).__name__)
    os.chdir("/")
