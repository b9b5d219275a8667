import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("data.bin", "wb") as f:
        print(f.write(b"\x00\x01\x02abc\xff"), f.write(bytearray(b"BA")), f.write(memoryview(b"MV")))
        try:
            f.write("text")
        except TypeError as e:
            print("TypeError:", e)
    with open("data.bin", "rb") as f:
        data = f.read()
        print(data, type(data).__name__, len(data))
    with open("data.bin", "ab") as f:
        f.write(b"\n\r\n")
    with open("data.bin", "rb") as f:
        print(f.read(3), f.read1(2), f.peek(1)[:1], f.readline(), f.readlines())
    with open("data.bin", "r+b") as f:
        f.seek(3)
        f.write(b"XYZ")
        f.seek(0)
        print(f.read())
    with open("data.bin", "w+b") as f:
        print(f.read())
        f.write(b"fresh")
        f.seek(0)
        print(f.read())
    with open("data.bin", "rb") as f:
        buf = bytearray(3)
        print(f.readinto(buf), buf, f.readinto(buf), buf, f.readinto(buf))
    with open("data.bin", "rb", buffering=0) as f:
        print(type(f).__name__, f.read(2), f.readall(), f.read())
    with open("data.bin", "rb") as f:
        for chunk in iter(lambda: f.read(2), b""):
            print(chunk, end=" ")
        print()
    try:
        open("data.bin", "rb", encoding="utf-8")
    except ValueError as e:
        print("ValueError:", e)
    try:
        open("data.bin", "rb", errors="strict")
    except ValueError as e:
        print("ValueError:", e)
    try:
        open("data.bin", "rb", newline="")
    except ValueError as e:
        print("ValueError:", e)
    os.chdir("/")
