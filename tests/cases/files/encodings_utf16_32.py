import os
import tempfile

text = "A€😀\nline two\n"
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        with open("f.txt", "w", encoding=enc) as f:
            f.write(text)
        with open("f.txt", "rb") as f:
            raw = f.read()
        print(enc, len(raw), raw[:12])
        with open("f.txt", encoding=enc) as f:
            print("   ", f.readlines())
    with open("f.txt", "w", encoding="utf-16") as f:
        f.write("ab")
        f.write("cd")
    with open("f.txt", "rb") as f:
        print(f.read())
    with open("f.txt", "a", encoding="utf-16") as f:
        f.write("ef")
    with open("f.txt", "rb") as f:
        print(f.read())
    with open("f.txt", encoding="utf-16") as f:
        print(repr(f.read()))
    with open("odd.txt", "wb") as f:
        f.write(b"\xff\xfea\x00b")
    try:
        with open("odd.txt", encoding="utf-16") as f:
            print(repr(f.read()))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    with open("odd.txt", encoding="utf-16", errors="replace") as f:
        print(ascii(f.read()))
    os.chdir("/")
