import os
import tempfile

# A line ending in a lone '\r' leaves the universal-newline decoder waiting for a possible '\n':
# tell() then returns an opaque cookie, which seek() accepts.
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("cr.txt", "wb") as f:
        f.write(b"ab\r\ncd\r\nef\rgh\n")
    with open("cr.txt") as f:
        out = []
        while True:
            p = f.tell()
            line = f.readline()
            if not line:
                break
            out.append((p, line))
        print(out, f.tell())
        for p, line in out:
            f.seek(p)
            assert f.readline() == line
        print("all seeks ok")
    os.chdir("/")
