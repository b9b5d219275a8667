"""Atomic file replacement: write to a temporary file in the same folder, flush, fsync, rename."""
import os
import tempfile


class AtomicWriter:
    def __init__(self, path, mode="w", encoding="utf-8"):
        self.path = path
        self.mode = mode
        self.encoding = encoding if "b" not in mode else None

    def __enter__(self):
        folder = os.path.dirname(self.path) or "."
        fd, self.tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
        self.file = open(fd, self.mode, encoding=self.encoding)
        return self.file

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                self.file.flush()
                os.fsync(self.file.fileno())
        finally:
            self.file.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)
        return False


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with AtomicWriter("settings.ini") as f:
        f.write("[main]\nvalue = 1\n")
    print(repr(read("settings.ini")), sorted(os.listdir(".")))
    try:
        with AtomicWriter("settings.ini") as f:
            f.write("[main]\nvalue = 2\n")
            raise RuntimeError("crash while writing")
    except RuntimeError as e:
        print("failed:", e)
    print(repr(read("settings.ini")), sorted(os.listdir(".")))
    with AtomicWriter("settings.ini") as f:
        print("tmp file hidden:", os.path.basename(f.name).startswith(".tmp-") if isinstance(f.name, str) else True)
        f.write("[main]\nvalue = 3\n")
        print("old content still visible:", repr(read("settings.ini")))
    print(repr(read("settings.ini")))
    os.mkdir("sub")
    with AtomicWriter(os.path.join("sub", "data.bin"), "wb") as f:
        f.write(bytes(range(5)))
    with open("sub/data.bin", "rb") as f:
        print(f.read(), sorted(os.listdir("sub")))
    print(oct(os.stat("settings.ini").st_mode & 0o777))
    os.chdir("/")
