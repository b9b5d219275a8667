import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("t.bin", "wb") as f:
        f.write(b"0123456789")
    with open("t.bin", "r+b") as f:
        print(f.truncate(4), f.tell(), os.path.getsize("t.bin"))
        f.seek(2)
        print(f.truncate(), f.tell(), os.path.getsize("t.bin"))
        print(f.truncate(8), os.path.getsize("t.bin"))
        f.seek(0)
        print(f.read())
    with open("t.txt", "w") as f:
        f.write("hello world\n")
        print(f.truncate(5), f.tell())
        f.write("X")
    with open("t.txt") as f:
        print(repr(f.read()))
    with open("t.txt", "r+") as f:
        f.readline()
        print(f.truncate(), f.tell())
    with open("t.txt", "rb") as f:
        print(f.read())
    with open("t.txt", "a") as f:
        print(f.truncate(0))
        f.write("new")
    with open("t.txt") as f:
        print(repr(f.read()))
    with open("t.txt", "w+") as f:
        f.write("abcdef")
        f.seek(0)
        f.truncate(3)
        print(repr(f.read()))
    with open("t.bin", "r+b") as f:
        try:
            f.truncate(-1)
        except OSError as e:
            print(type(e).__name__, e.errno, e)
    os.chdir("/")
