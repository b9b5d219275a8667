import glob
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for name in ["a.py", "b.py", "c.txt", "ab.py", "data1.csv", "data2.csv", "data10.csv",
                 "README", "x[1].log", "q?.md", "star*.txt"]:
        open(name, "w").close()
    os.makedirs("pkg/sub")
    for name in ["pkg/__init__.py", "pkg/mod.py", "pkg/sub/deep.py", "pkg/notes.txt"]:
        open(name, "w").close()
    patterns = ["*.py", "?.py", "??.py", "data?.csv", "data*.csv", "data[0-9].csv",
                "data[!1].csv", "[ab]*", "*", "README", "missing", "missing*", "*/*.py",
                "*/*/*.py", "pkg/*", "pkg/*.py", "x[[]1].log", "x[1].log", "q[?].md",
                "star[*].txt", "*.[pt][yx]*", "[!a-c]*", "pkg/sub/deep.py", "pkg/nope.py"]
    for pat in patterns:
        print(f"{pat:18} {sorted(glob.glob(pat))}")
    os.chdir(start)
