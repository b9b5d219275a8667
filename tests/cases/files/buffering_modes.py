import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)

    def disk():
        with open("b.txt", "rb") as r:
            return r.read()

    with open("b.txt", "w") as f:
        f.write("pending")
        print("default:", disk())
        f.flush()
        print("after flush:", disk())
    with open("b.txt", "w", buffering=1) as f:
        f.write("partial")
        print("line buffered, no newline:", disk())
        f.write(" line\nnext")
        print("line buffered, after newline:", disk())
    print("closed:", disk())
    with open("b.bin", "wb", buffering=0) as f:
        f.write(b"raw")
        with open("b.bin", "rb") as r:
            print("unbuffered:", r.read())
    with open("b.bin", "wb", buffering=4) as f:
        f.write(b"ab")
        with open("b.bin", "rb") as r:
            print("small buffer:", r.read())
        f.write(b"cdefgh")
        with open("b.bin", "rb") as r:
            print("small buffer overflow:", r.read())
    with open("b.txt", "w", buffering=16) as f:
        f.write("0123456789")
        print("text small buffer:", disk())
        f.write("abcdefghijklmnop")
        print("text small buffer overflow:", disk())
    with open("b.bin", "wb", buffering=1) as f:
        f.write(b"line\n")
        with open("b.bin", "rb") as r:
            print("binary buffering=1:", r.read())
    f = open("b.txt", "w")
    f.write("lost unless closed")
    del f
    print("after del:", disk())
    big = "x" * 100000
    with open("b.txt", "w") as f:
        f.write(big)
        print("big write reached disk:", len(disk()) > 0)
    os.chdir("/")
