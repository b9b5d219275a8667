import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("r.txt", "w") as f:
        print(repr(f))
        print(repr(f.buffer))
        print(repr(f.buffer.raw))
    with open("r.txt", "rb") as f:
        print(repr(f))
    with open("r.txt", "r+b") as f:
        print(repr(f))
    with open("r.txt", "ab") as f:
        print(repr(f))
    with open("r.txt", "rb", buffering=0) as f:
        print(repr(f))
    with open("r.txt", encoding="latin-1") as f:
        print(repr(f))
    with open(b"r.txt") as f:
        print(repr(f))
    f = open("r.txt")
    f.close()
    print(repr(f))
    print(repr(f.buffer))
    print(repr(f.buffer.raw))
    fd = os.open("r.txt", os.O_RDONLY)
    with open(fd) as f:
        print(repr(f) == f"<_io.TextIOWrapper name={fd} mode='r' encoding='UTF-8'>")
    t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    print(repr(t))
    print(repr(io.TextIOWrapper(io.BufferedReader(io.BytesIO()), encoding="ascii")))
    print(repr(io.StringIO).startswith("<class '_io.StringIO'"), repr(type(f)))
    os.chdir("/")
