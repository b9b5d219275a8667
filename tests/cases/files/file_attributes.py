import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("a.txt", "w", encoding="utf-8", errors="replace", newline="") as f:
        print(f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering, repr(f.newlines))
        print(f.buffer.name, f.buffer.mode, f.buffer.raw.name, f.buffer.raw.mode, f.buffer.raw.closefd)
        print(f.readable(), f.writable(), f.seekable(), f.isatty())
        f.write("x\r\ny\n")
    with open("a.txt") as f:
        print(f.encoding, f.errors, repr(f.newlines))
        f.read()
        print(repr(f.newlines))
    with open("a.txt", "rb") as f:
        print(f.name, f.mode, f.closed, f.raw.mode, hasattr(f, "encoding"))
    with open("a.txt", "r+b", buffering=0) as f:
        print(f.name, f.mode, f.closefd, type(f).__name__)
    with open("a.txt", "a+") as f:
        print(f.mode, f.buffer.mode, f.buffer.raw.mode)
    with open("a.txt", "x" if False else "w+b") as f:
        print(f.mode, f.raw.mode)
    with open(b"a.txt") as f:
        print(f.name, f.buffer.name)
    f = open("a.txt")
    print(f.closed)
    f.close()
    print(f.closed, f.name, f.mode)
    try:
        f.name = "other"
        print("name set", f.name)
    except AttributeError as e:
        print("AttributeError:", e)
    g = open("a.txt")
    g.custom_attr = 42
    print(g.custom_attr)
    g.close()
    try:
        open("a.txt").closed = True
    except AttributeError as e:
        print("AttributeError:", e)
    with open("a.txt") as h:
        try:
            h.mode = "w"
            print("mode assigned", h.mode)
        except AttributeError as e:
            print("AttributeError:", e)
    os.chdir("/")
