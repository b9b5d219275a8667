import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("w.txt", "w") as f:
        print(f.writelines(["a\n", "b\n"]))
        f.writelines("cd")
        f.writelines(str(i) for i in range(3))
        f.writelines([])
        f.writelines(("\n", "tail\n"))
    with open("w.txt") as f:
        print(repr(f.read()))
    with open("w.bin", "wb") as f:
        f.writelines([b"x", bytearray(b"y"), memoryview(b"z")])
        try:
            f.writelines([b"ok", "bad"])
        except TypeError as e:
            print("TypeError:", e)
    with open("w.bin", "rb") as f:
        print(f.read())
    with open("w.txt", "w") as f:
        try:
            f.writelines([1, 2])
        except TypeError as e:
            print("TypeError:", e)
        try:
            f.writelines(None)
        except TypeError as e:
            print("TypeError:", e)
        try:
            f.write(5)
        except TypeError as e:
            print("TypeError:", e)
    lines = [f"row {i}\n" for i in range(1000)]
    with open("big.txt", "w") as f:
        f.writelines(lines)
    with open("big.txt") as f:
        back = f.readlines()
    print(back == lines, os.path.getsize("big.txt"))
    os.chdir("/")
