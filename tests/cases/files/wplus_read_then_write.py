import os
import tempfile

# Text "w+"/"r+": a write after reading lands where the buffered layer stands (CPython semantics).
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("w.txt", "w+") as f:
        f.write("hello\nworld\n")
        print(repr(f.read()), f.tell())
        f.seek(0)
        print(repr(f.readline()))
        f.write("X")
        f.seek(0)
        print(repr(f.read()))
    with open("w.txt", "rb") as f:
        print(f.peek(3)[:3], f.read1(3), f.tell())
    with open("w.txt", "a") as f:
        f.seek(0)
        f.write("APP")
        print(f.tell())
    with open("w.txt") as f:
        print(repr(f.read()))
    os.chdir("/")
