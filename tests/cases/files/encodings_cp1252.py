import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("w.txt", "w", encoding="cp1252") as f:
        f.write("“smart quotes” – €5 ‰\n")
    with open("w.txt", "rb") as f:
        print(f.read())
    with open("w.txt", encoding="cp1252") as f:
        print(f.read(), end="")
    with open("w.txt", encoding="windows-1252") as f:
        print(f.encoding, f.read(), end="")
    with open("w.txt", encoding="latin-1") as f:
        print(ascii(f.read()))
    with open("u.bin", "wb") as f:
        f.write(b"\x81\x8d\x8f\x90\x9d")
    try:
        with open("u.bin", encoding="cp1252") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    os.chdir("/")
