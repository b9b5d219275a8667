import io
import os
import tempfile

print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__name__)

s = io.StringIO()
for name, args in [("fileno", ()), ("detach", ())]:
    try:
        getattr(s, name)(*args)
    except io.UnsupportedOperation as e:
        print("StringIO", name, "->", type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("f.txt", "w") as f:
        f.write("abc\n")
        for name, args in [("read", ()), ("readline", ()), ("readlines", ())]:
            try:
                getattr(f, name)(*args)
            except io.UnsupportedOperation as e:
                print("w-mode", name, "->", e)
        print(f.readable(), f.writable(), f.seekable())
    with open("f.txt") as f:
        for name, args in [("write", ("x",)), ("writelines", (["x"],)), ("truncate", ())]:
            try:
                getattr(f, name)(*args)
            except io.UnsupportedOperation as e:
                print("r-mode", name, "->", e)
        print(f.readable(), f.writable(), f.seekable())
    with open("f.txt", "rb") as f:
        try:
            f.write(b"x")
        except io.UnsupportedOperation as e:
            print("rb write ->", e)
    with open("f.txt", "wb") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("wb read ->", e)
    with open("f.txt", "rb", buffering=0) as f:
        try:
            f.write(b"x")
        except io.UnsupportedOperation as e:
            print("raw write ->", e)
    try:
        with open("f.txt") as f:
            f.write("x")
    except OSError as e:
        print("caught as OSError:", type(e).__name__, e.errno)
    try:
        with open("f.txt") as f:
            f.write("x")
    except ValueError as e:
        print("caught as ValueError:", type(e).__name__)
    os.chdir("/")

r, w = os.pipe()
with open(r, "rb") as pr, open(w, "wb") as pw:
    print(pr.seekable(), pw.seekable())
    for call in (lambda: pr.seek(0), lambda: pr.tell(), lambda: pw.truncate()):
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, e)
