import os
import tempfile

text = "Grüße, 世界! 😀\n"
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("u8.txt", "w", encoding="utf-8") as f:
        print(f.write(text), f.encoding)
    with open("u8.txt", "rb") as f:
        print(f.read())
    with open("u8.txt", encoding="utf-8") as f:
        print(repr(f.read()))
    with open("u8.txt", encoding="UTF8") as f:
        print(f.encoding, repr(f.read(5)))
    with open("sig.txt", "w", encoding="utf-8-sig") as f:
        f.write("first\n")
        f.write("second\n")
    with open("sig.txt", "rb") as f:
        print(f.read())
    with open("sig.txt", encoding="utf-8-sig") as f:
        print(repr(f.read()))
    with open("sig.txt", encoding="utf-8") as f:
        print(repr(f.read()))
    with open("u8.txt", encoding="utf-8-sig") as f:
        print(repr(f.read()))
    with open("sig.txt", "a", encoding="utf-8-sig") as f:
        f.write("third\n")
    with open("sig.txt", "rb") as f:
        print(f.read())
    with open("sig.txt", "r+", encoding="utf-8-sig") as f:
        f.seek(0, 2)
        f.write("fourth\n")
    with open("sig.txt", "rb") as f:
        print(f.read().count(b"\xef\xbb\xbf"))
    with open("bad.txt", "wb") as f:
        f.write(b"ok \xc3\x28 \xff end\n")
    for errors in [None, "strict", "replace", "ignore", "backslashreplace"]:
        try:
            with open("bad.txt", encoding="utf-8", errors=errors) as f:
                print(errors, ascii(f.read()))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError:", e)
    os.chdir("/")
