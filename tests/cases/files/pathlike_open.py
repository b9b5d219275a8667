import os
import tempfile


class MyPath:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class BadPath:
    def __fspath__(self):
        return 42


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open(MyPath("p.txt"), "w") as f:
        f.write("via __fspath__")
        print(f.name)
    with open(MyPath(b"p.txt")) as f:
        print(f.read(), f.name)
    try:
        open(BadPath())
    except TypeError as e:
        print("TypeError:", e)
    import pathlib
    p = pathlib.Path("sub") / "q.txt"
    p.parent.mkdir()
    with open(p, "w") as f:
        f.write("pathlib")
        print(repr(f.name))
    print(p.read_text(), p.stat().st_size)
    p.write_text("replaced\n")
    with p.open() as f:
        print(repr(f.read()), f.name)
    p.write_bytes(b"\x00\x01")
    print(p.read_bytes())
    os.chdir("/")
