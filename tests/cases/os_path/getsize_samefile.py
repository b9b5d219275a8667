import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    sizes = {"empty.bin": b"", "small.txt": b"hello\n", "block.dat": b"x" * 5000}
    for name, data in sizes.items():
        with open(name, "wb") as f:
            f.write(data)
    for name in sorted(sizes):
        print(name, os.path.getsize(name))
    os.symlink("small.txt", "alias")
    os.link("small.txt", "hard")
    print(os.path.samefile("small.txt", "alias"), os.path.samefile("small.txt", "hard"))
    print(os.path.samefile("small.txt", "block.dat"), os.path.samefile(".", "./"))
    print(os.path.samestat(os.stat("alias"), os.stat("small.txt")))
    print(os.path.samestat(os.lstat("alias"), os.stat("small.txt")))
    fd1 = os.open("small.txt", os.O_RDONLY)
    fd2 = os.open("hard", os.O_RDONLY)
    fd3 = os.open("block.dat", os.O_RDONLY)
    print(os.path.sameopenfile(fd1, fd2), os.path.sameopenfile(fd1, fd3))
    for fd in (fd1, fd2, fd3):
        os.close(fd)
    for func in (os.path.getsize, os.path.getmtime, os.path.getatime, os.path.getctime):
        try:
            func("no_such_file")
        except FileNotFoundError as exc:
            print(func.__name__, "->", exc)
    try:
        os.path.samefile("small.txt", "nope")
    except OSError as exc:
        print(type(exc).__name__, exc.filename)
    os.chdir(start)
