import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("target.txt", "w") as f:
        f.write("payload")
    os.symlink("target.txt", "soft")
    os.symlink("../elsewhere/x", "relative_dangling")
    os.link("target.txt", "hard")
    print(os.readlink("soft"), os.readlink("relative_dangling"), os.readlink(b"soft"))
    print(os.stat("target.txt").st_nlink, os.lstat("soft").st_nlink)
    print(os.stat("soft").st_size, os.lstat("soft").st_size)
    print(os.path.islink("soft"), os.path.islink("hard"), os.path.exists("relative_dangling"))
    with open("soft") as f:
        print(f.read())
    os.unlink("target.txt")
    print(os.path.exists("soft"), os.path.lexists("soft"), open("hard").read())
    os.replace("hard", "target.txt")
    print(sorted(os.listdir(".")), os.path.exists("soft"))
    os.symlink("soft", "second")
    print(os.path.realpath("second") == os.path.realpath("target.txt"))
    os.chdir(start)
