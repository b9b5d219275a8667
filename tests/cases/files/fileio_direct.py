import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    f = io.FileIO("raw.bin", "w")
    print(f.mode, f.name, f.closefd, f.readable(), f.writable(), f.seekable())
    print(f.write(b"hello "), f.write(bytearray(b"world")), f.tell())
    f.close()
    print(f.closed)
    with io.FileIO("raw.bin") as f:
        print(f.mode, f.read(3), f.read(), f.read(), f.readall())
        f.seek(0)
        buf = bytearray(4)
        print(f.readinto(buf), buf)
        print(f.readline(), f.readlines())
    with io.FileIO("raw.bin", "r+") as f:
        print(f.mode)
        f.seek(0, 2)
        f.write(b"!")
        f.seek(0)
        print(f.readall())
        print(f.truncate(5), f.tell())
    with io.FileIO("raw.bin", "a") as f:
        print(f.mode, f.tell())
        f.write(b"+")
    with io.FileIO("raw.bin", "rb") as f:
        print(f.mode, f.readall())
    for mode in ["rt", "wb+", "x", "ab+", "U", "rw", "r++"]:
        try:
            with io.FileIO("new_" + mode.replace("+", "p"), mode) as f:
                print(repr(mode), "->", f.mode)
        except (ValueError, OSError) as e:
            print(repr(mode), "->", type(e).__name__, e)
    fd = os.open("raw.bin", os.O_RDONLY)
    with io.FileIO(fd, closefd=False) as f:
        print(f.name == fd, f.read(2))
    print(os.read(fd, 2))
    os.close(fd)
    try:
        io.FileIO("missing.bin")
    except FileNotFoundError as e:
        print(e)
    try:
        io.FileIO(".")
    except IsADirectoryError as e:
        print(e)
    try:
        io.FileIO("raw.bin").write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    os.chdir("/")
