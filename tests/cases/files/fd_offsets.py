"""File objects and os-level calls share the descriptor's offset."""
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("raw.bin", "wb") as f:
        f.write(b"hello world")
    fd = os.open("raw.bin", os.O_RDONLY)
    f = open(fd, "rb", buffering=0, closefd=False)
    print(f.read(2), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.read(fd, 3), f.tell(), f.read(1))
    g = open(fd, "rb", closefd=False)
    print(g.read(2), os.lseek(fd, 0, os.SEEK_CUR))
    os.lseek(fd, 0, os.SEEK_SET)
    h = io.FileIO(fd, closefd=False)
    print(h.read(2), os.lseek(fd, 0, os.SEEK_CUR), h.tell())
    os.close(fd)

    fd = os.open("out.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    w = open(fd, "wb", buffering=0, closefd=False)
    w.write(b"abc")
    os.write(fd, b"DEF")
    w.write(b"ghi")
    print(os.lseek(fd, 0, os.SEEK_CUR), w.tell())
    w.close()
    os.close(fd)
    with open("out.bin", "rb") as f:
        print(f.read())

    r, wfd = os.pipe()
    os.write(wfd, b"line1\nline2\n")
    os.close(wfd)
    p = open(r, "rb", buffering=0)
    print(p.read(3), os.read(r, 3), p.read())
    p.close()
    os.chdir("/")
