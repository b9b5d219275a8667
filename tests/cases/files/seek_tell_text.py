import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("t.txt", "w", encoding="utf-8") as f:
        print(f.tell())
        f.write("héllo\n")
        print(f.tell())
        f.write("wörld\n")
        print(f.tell())
    with open("t.txt", encoding="utf-8") as f:
        print(f.tell(), repr(f.readline()), f.tell())
        pos = f.tell()
        print(repr(f.read(3)), f.tell())
        f.seek(pos)
        print(repr(f.readline()))
        print(f.seek(0), repr(f.read(1)))
        print(f.seek(0, io.SEEK_END), repr(f.read()))
        print(f.seek(0, io.SEEK_CUR))
        for args in [(1, io.SEEK_CUR), (-1, io.SEEK_END), (0, 3)]:
            try:
                f.seek(*args)
            except (io.UnsupportedOperation, ValueError) as e:
                print(args, type(e).__name__, e)
        try:
            f.seek(-1)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
    # remembering line offsets and jumping back to them
    with open("t.txt", encoding="utf-8") as f:
        offsets = []
        while True:
            offsets.append(f.tell())
            if not f.readline():
                break
        print(offsets)
        for off in reversed(offsets[:-1]):
            f.seek(off)
            print(off, repr(f.readline()))
    with open("t.txt", encoding="utf-8") as f:
        for line in f:
            try:
                f.tell()
            except OSError as e:
                print("OSError:", e)
            break
        print(repr(f.readline()))
    with open("t.txt", encoding="utf-8") as f:
        next(f)
        try:
            f.seek(0)
            print("seek during iteration ok", repr(f.readline()))
        except OSError as e:
            print("OSError:", e)
    with open("t.txt", encoding="latin-1") as f:
        print(repr(f.read(2)), f.tell())
    os.chdir("/")
