import os
import stat
import tempfile

os.umask(0o022)
start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir("dir")
    with open("file", "w") as f:
        f.write("abc")
    os.symlink("file", "link")
    os.chmod("file", 0o640)
    for name in ["dir", "file", "link"]:
        st = os.stat(name)
        lst = os.lstat(name)
        print(name, stat.filemode(st.st_mode), stat.filemode(lst.st_mode),
              stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_ISLNK(lst.st_mode),
              oct(stat.S_IMODE(st.st_mode)))
    st = os.stat("file")
    print(st.st_size, st[stat.ST_SIZE], st[stat.ST_MODE] == st.st_mode, len(tuple(st)) >= 10)
    print(st.st_nlink, st.st_ino == st[stat.ST_INO], st.st_dev == st[stat.ST_DEV])
    print(type(st).__name__, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
    os.chmod("file", stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR | stat.S_ISUID)
    print(stat.filemode(os.stat("file").st_mode))
    os.chmod("dir", 0o1777)
    print(stat.filemode(os.stat("dir").st_mode))
    with open("file", "rb") as f:
        fst = os.fstat(f.fileno())
    print(fst.st_size, os.path.samestat(fst, st))
    os.chdir(start)
