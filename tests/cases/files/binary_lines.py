import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("b.dat", "wb") as f:
        f.write(b"one\ntwo\r\nthree\rfour\n\nlast")
    with open("b.dat", "rb") as f:
        print(list(f))
    with open("b.dat", "rb") as f:
        print(f.readline(), f.readline(2), f.readline(), f.readlines())
    with open("b.dat", "rb") as f:
        print([len(line) for line in f])
    with open("b.dat", "rb", buffering=0) as f:
        print(f.readline(), f.readlines())
    with open("b.dat", "rb") as f:
        print(f.readlines(4), f.readlines(5))
    os.chdir("/")
