import os
import tempfile

start = os.getcwd()


def attempt(label, func, *args):
    try:
        func(*args)
    except OSError as exc:
        print(f"{label:22} {type(exc).__name__}: {exc}")
        print(f"{'':22} errno={exc.errno} strerror={exc.strerror!r} "
              f"filename={exc.filename!r} filename2={exc.filename2!r}")
    else:
        print(f"{label:22} ok")


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir("d")
    open("f", "w").close()
    open("d/inside", "w").close()
    attempt("stat missing", os.stat, "x")
    attempt("lstat missing bytes", os.lstat, b"x")
    attempt("mkdir existing", os.mkdir, "d")
    attempt("mkdir under file", os.mkdir, "f/sub")
    attempt("mkdir missing parent", os.mkdir, "no/sub")
    attempt("rmdir file", os.rmdir, "f")
    attempt("rmdir non-empty", os.rmdir, "d")
    attempt("rmdir missing", os.rmdir, "zzz")
    attempt("unlink dir", os.unlink, "d")
    attempt("remove missing", os.remove, "ghost")
    attempt("rename missing", os.rename, "ghost", "spirit")
    attempt("rename dir over file", os.rename, "d", "f")
    attempt("rename file over dir", os.rename, "f", "d")
    attempt("replace missing", os.replace, "ghost", "f")
    attempt("listdir file", os.listdir, "f")
    attempt("chdir missing", os.chdir, "nowhere")
    attempt("chdir file", os.chdir, "f")
    attempt("open missing", os.open, "ghost", os.O_RDONLY)
    attempt("open dir for write", os.open, "d", os.O_WRONLY)
    attempt("open exclusive", os.open, "f", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    attempt("readlink regular", os.readlink, "f")
    attempt("symlink existing", os.symlink, "f", "d")
    attempt("link missing", os.link, "ghost", "g2")
    attempt("close bad fd", os.close, 9999)
    attempt("builtin open dir", open, "d")
    attempt("builtin open missing", open, "no/such/file.txt")
    try:
        os.unlink("/proc/version")
    except OSError as exc:
        print("unlink in /proc ->", type(exc).__name__, isinstance(exc, PermissionError), exc.filename)
    os.chdir(start)
