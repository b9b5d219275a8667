import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    fd = os.open("fd.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with open(fd, "w") as f:
        print(f.name == fd, f.fileno() == fd, f.mode)
        f.write("through fd\n")
    try:
        os.fstat(fd)
    except OSError as e:
        print("closed with the file object:", e.errno)

    fd = os.open("fd.txt", os.O_RDONLY)
    f = open(fd, closefd=False)
    print(repr(f.read()))
    f.close()
    print(os.read(fd, 100), os.lseek(fd, 0, 0), os.read(fd, 7))
    g = open(fd, "rb", closefd=False)
    print(g.read(), g.closefd if hasattr(g, "closefd") else g.raw.closefd)
    g.close()
    os.close(fd)

    calls = []

    def opener(path, flags):
        calls.append((path, flags & os.O_CREAT != 0, flags & os.O_APPEND != 0))
        return os.open(path, flags, 0o600)

    with open("opened.txt", "w", opener=opener) as f:
        f.write("via opener\n")
    with open("opened.txt", "a", opener=opener) as f:
        f.write("more\n")
    with open("opened.txt", opener=opener) as f:
        print(repr(f.read()), f.name)
    print(calls)
    print(oct(os.stat("opened.txt").st_mode & 0o777))

    def bad_opener(path, flags):
        return -1

    try:
        open("x.txt", "w", opener=bad_opener)
    except ValueError as e:
        print("ValueError:", e)

    def str_opener(path, flags):
        return "3"

    try:
        open("x.txt", "w", opener=str_opener)
    except TypeError as e:
        print("TypeError:", e)

    r, w = os.pipe()
    with open(w, "w") as wf:
        wf.write("piped text\n")
    with open(r) as rf:
        print(repr(rf.read()), rf.seekable())

    try:
        open(12345)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    try:
        open(-1)
    except ValueError as e:
        print("ValueError:", e)
    sys.stdout.flush()
    dup = os.dup(1)
    with open(dup, "w", closefd=True) as out:
        out.write("written to a dup of stdout\n")
    os.chdir("/")
