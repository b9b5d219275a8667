import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("b/c")
    open("b/c/file", "w").close()
    open("b/top", "w").close()
    for root, dirs, files in os.walk(b"b"):
        dirs.sort()
        print(root, dirs, sorted(files))

    class Where:
        def __fspath__(self):
            return "b"

    print([r for r, d, f in os.walk(Where())])
    os.chdir(start)
