import os
import tempfile

text = "aé€😀b\nñ\n"
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("m.txt", "w", encoding="utf-8") as f:
        f.write(text)
    with open("m.txt", encoding="utf-8") as f:
        pieces = []
        while True:
            c = f.read(1)
            if not c:
                break
            pieces.append(c)
        print(pieces, len(pieces) == len(text))
    with open("m.txt", encoding="utf-8") as f:
        print([f.read(2), f.read(2), f.read(2)], f.read())
    with open("m.txt", encoding="utf-8") as f:
        print(f.readline(3), f.readline(3), f.readline(3), sep="|")
    with open("m.txt", "rb") as f:
        print(f.read(), os.path.getsize("m.txt"))
    with open("m.txt", encoding="utf-8") as f:
        f.read(4)
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        print(pos, rest == f.read(), repr(rest))
    with open("cut.txt", "wb") as f:
        f.write("€".encode()[:2])
    try:
        with open("cut.txt", encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    with open("cut.txt", encoding="utf-8", errors="replace") as f:
        print(ascii(f.read()))
    os.chdir("/")
