import os
import stat
import tempfile

os.umask(0o022)
start = os.getcwd()


def tree():
    found = []
    for root, dirs, files in os.walk("."):
        dirs.sort()
        for d in dirs:
            p = os.path.join(root, d)
            found.append((p, oct(stat.S_IMODE(os.stat(p).st_mode))))
    return found


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("a/b/c")
    os.makedirs("a/b/c", exist_ok=True)
    os.makedirs("a/b/d/", exist_ok=True)
    os.makedirs("x/./y/../z")
    os.makedirs(os.path.join("deep", *"pqrstu"))
    os.makedirs("modes/inner", mode=0o700)
    os.makedirs(b"bytes_dir/sub")
    os.makedirs(os.path.join(os.getcwd(), "abs", "path"))
    for entry in tree():
        print(*entry)
    try:
        os.makedirs("a/b/c")
    except FileExistsError as exc:
        print("FileExistsError:", exc, exc.errno, exc.filename)
    with open("a/file", "w"):
        pass
    for target, ok in [("a/file", True), ("a/file/sub", True), ("a/file/sub", False)]:
        try:
            os.makedirs(target, exist_ok=ok)
        except OSError as exc:
            print(type(exc).__name__ + ":", exc)
    os.chdir(start)
