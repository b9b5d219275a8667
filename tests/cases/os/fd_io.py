import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    fd = os.open("data.bin", os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
    print(type(fd).__name__, os.write(fd, b"hello world\n"), os.write(fd, b"second line\n"))
    os.close(fd)
    fd = os.open("data.bin", os.O_RDWR)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 4))
    print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100))
    print(os.lseek(fd, 2, os.SEEK_SET), os.lseek(fd, 3, os.SEEK_CUR))
    os.ftruncate(fd, 5)
    print(os.fstat(fd).st_size, os.lseek(fd, 0, os.SEEK_END))
    os.lseek(fd, 0, os.SEEK_SET)
    print(os.read(fd, 100), os.isatty(fd))
    os.fsync(fd)
    os.close(fd)
    os.truncate("data.bin", 2)
    print(os.path.getsize("data.bin"))
    with open("data.bin", "ab") as f:
        f.write(b"++")
    with open("data.bin", "rb") as f:
        print(f.read())
    r, w = os.pipe()
    os.write(w, b"through the pipe")
    os.close(w)
    print(os.read(r, 100), os.read(r, 100))
    os.close(r)
    fd = os.open("data.bin", os.O_RDONLY)
    dup = os.dup(fd)
    print(dup != fd, os.read(dup, 2))
    os.close(fd)
    os.close(dup)
    print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
    try:
        os.read(fd, 1)
    except OSError as exc:
        print(type(exc).__name__ + ":", exc)
    os.chdir(start)
