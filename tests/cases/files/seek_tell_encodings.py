import os
import tempfile

# tell() after readline() must give a position that seek() can return to, in every encoding.
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for enc in ["utf-8", "utf-8-sig", "latin-1", "utf-16", "utf-16-le", "utf-32", "utf-32-be"]:
        with open("u.txt", "w", encoding=enc) as f:
            f.write("ab\ncd\néf\nlast\n")
        with open("u.txt", encoding=enc) as f:
            f.readline()
            p = f.tell()
            rest = f.read()
            f.seek(p)
            again = f.read()
            f.seek(p)
            print(enc, p, repr(f.readline()), again == rest)
    os.chdir("/")
