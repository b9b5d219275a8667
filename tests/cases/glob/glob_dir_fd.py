import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    for f in ["base/a.txt", "base/b.py", "base/sub/c.txt", "base/.h.txt"]:
        os.makedirs(os.path.join(tmp, os.path.dirname(f)), exist_ok=True)
        open(os.path.join(tmp, f), "w").close()
    fd = os.open(os.path.join(tmp, "base"), os.O_RDONLY)
    try:
        print(sorted(glob.glob("*.txt", dir_fd=fd)))
        print(sorted(glob.glob("**/*.txt", dir_fd=fd, recursive=True)))
        print(sorted(glob.glob("sub/", dir_fd=fd)), glob.glob("a.txt", dir_fd=fd))
        print(sorted(glob.glob(b"*", dir_fd=fd)), glob.glob("nope*", dir_fd=fd))
        print(sorted(glob.glob("*", root_dir="sub", dir_fd=fd)))
    finally:
        os.close(fd)
