"""An `ls -l`-style listing built on os.lstat and stat.filemode."""
import os
import stat
import tempfile

os.umask(0o022)


def describe(path):
    st = os.lstat(path)
    kind = "link" if stat.S_ISLNK(st.st_mode) else "dir" if stat.S_ISDIR(st.st_mode) else "file"
    name = os.path.basename(path)
    if kind == "link":
        name += " -> " + os.readlink(path)
    size = st.st_size if kind == "file" else "-"
    return f"{stat.filemode(st.st_mode)} {str(size):>6} {name}"


start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir("bin")
    os.chmod("bin", 0o750)
    with open("run.sh", "w") as f:
        f.write("#!/bin/sh\necho hi\n")
    os.chmod("run.sh", 0o755)
    with open("secret.key", "w") as f:
        f.write("k" * 64)
    os.chmod("secret.key", 0o600)
    with open("shared.txt", "w") as f:
        f.write("shared")
    os.chmod("shared.txt", 0o666)
    os.symlink("run.sh", "start")
    os.mkdir("public")
    os.chmod("public", 0o1777)
    for name in sorted(os.listdir(".")):
        print(describe(name))
    executables = [n for n in sorted(os.listdir("."))
                   if os.path.isfile(n) and os.stat(n).st_mode & stat.S_IXUSR]
    print("executable:", executables)
    os.chdir(start)
