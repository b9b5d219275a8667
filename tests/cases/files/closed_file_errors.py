import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("c.txt", "w") as f:
        f.write("data\n")
    print(f.closed, f.name, f.mode)
    for mode, buffering in [("r", -1), ("rb", -1), ("r+b", -1), ("rb", 0), ("wb", -1)]:
        f = open("c.txt", mode, buffering=buffering)
        f.close()
        f.close()
        print(type(f).__name__, f.closed)
        for name, args in [("read", ()), ("readline", ()), ("readlines", ()), ("write", ("x" if "b" not in mode else b"x",)),
                           ("seek", (0,)), ("tell", ()), ("flush", ()), ("fileno", ()), ("isatty", ()),
                           ("readable", ()), ("writable", ()), ("seekable", ()), ("truncate", ()),
                           ("__next__", ()), ("__iter__", ()), ("__enter__", ())]:
            try:
                getattr(f, name)(*args)
                print("  ", name, "ok")
            except ValueError as e:
                print("  ", name, "ValueError:", e)
    f = open("c.txt")
    f.close()
    try:
        for line in f:
            pass
    except ValueError as e:
        print("for:", e)
    try:
        with f:
            pass
    except ValueError as e:
        print("with:", e)
    print(f.encoding, f.name, f.closed, f.buffer.closed)
    try:
        f.newlines
        print("newlines ok")
    except ValueError as e:
        print("newlines:", e)
    try:
        f.buffer.raw.name
        print("raw name ok")
    except ValueError as e:
        print(e)
    try:
        with open("c.txt") as g:
            raise RuntimeError("inside with")
    except RuntimeError as e:
        print(e, g.closed)
    os.chdir("/")
