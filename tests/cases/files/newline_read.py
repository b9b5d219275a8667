import os
import tempfile

raw = b"unix\nwindows\r\nmac\rmixed\r\r\nend"
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("nl.txt", "wb") as f:
        f.write(raw)
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open("nl.txt", newline=nl) as f:
            lines = f.readlines()
            print(repr(nl), lines, repr(f.newlines))
        with open("nl.txt", newline=nl) as f:
            print("   read:", repr(f.read()))
        with open("nl.txt", newline=nl) as f:
            print("   iter:", [line for line in f])
    with open("nl.txt") as f:
        print(repr(f.newlines))
        f.readline()
        print(repr(f.newlines))
        f.readline()
        print(repr(f.newlines))
        f.read()
        print(repr(f.newlines))
    # a \r\n split across reads
    with open("split.txt", "wb") as f:
        f.write(b"ab\r\ncd\r")
    with open("split.txt") as f:
        print([f.read(3), f.read(1), f.read(1), f.read()])
    with open("split.txt", newline="") as f:
        print([f.read(3), f.read(1), f.read(1), f.read()])
    with open("split.txt") as f:
        print([f.readline(), f.readline(), f.readline()])
    os.chdir("/")
