import glob
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("d/e")
    for f in ["d/one.txt", "d/two.txt", "d/e/three.txt", ".dot.txt"]:
        open(f, "w").close()
    print(sorted(glob.glob(b"d/*.txt")))
    print(sorted(glob.glob(b"**/*.txt", recursive=True)))
    print(sorted(glob.glob(b"*.txt", include_hidden=True)))
    print(sorted(glob.glob(b"d/e/")), glob.glob(b"nothing*"))
    os.chdir(start)
