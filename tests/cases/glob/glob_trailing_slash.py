import glob
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("dir_a/inner")
    os.makedirs("dir_b")
    open("file_c", "w").close()
    os.symlink("dir_b", "link_d")
    os.symlink("file_c", "link_e")
    os.symlink("nowhere", "link_f")
    for pat in ["*", "*/", "*/*/", "dir_a/", "file_c/", "link_d/", "link_e/", "link_f",
                "link_f/", "*_?", "dir_*/", "*/inner/"]:
        print(f"{pat:10}", sorted(glob.glob(pat)))
    os.chdir(start)
