import glob
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("real/sub")
    open("real/sub/f.txt", "w").close()
    open("real/g.txt", "w").close()
    os.symlink("real", "alias")
    os.symlink("missing.txt", "broken.txt")
    print(sorted(glob.glob("*.txt")))
    print(sorted(glob.glob("*/*.txt")))
    print(sorted(glob.glob("alias/**/*.txt", recursive=True)))
    print(sorted(glob.glob("**/f.txt", recursive=True)))
    print(glob.glob("broken.txt"), glob.glob("broken.tx?"))
    os.chdir(start)
