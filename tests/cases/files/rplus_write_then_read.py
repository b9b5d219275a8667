import os
import tempfile

# Text "r+" files: a write followed directly by a read (no seek in between).
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("f.txt", "w") as f:
        f.write("0123456789")
    with open("f.txt", "r+") as f:
        f.write("xy")
        print(repr(f.read(3)), f.tell())
    with open("f.txt") as f:
        print(repr(f.read()))
    with open("f.bin", "wb") as f:
        f.write(b"0123456789")
    with open("f.bin", "r+b") as f:
        f.write(b"xy")
        print(f.read(3), f.tell())
    with open("f.bin", "rb") as f:
        print(f.read())
    os.chdir("/")
