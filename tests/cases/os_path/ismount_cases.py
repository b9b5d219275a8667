import os
import tempfile

print(os.path.ismount("/"), os.path.ismount(b"/"), os.path.ismount("//"))
print(os.path.ismount("/no/such/place"), os.path.ismount(""), os.path.ismount("bad\0"))
start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir("sub")
    open("f", "w").close()
    os.symlink("/", "root_link")
    print(os.path.ismount("sub"), os.path.ismount("f"), os.path.ismount("root_link"))
    os.chdir(start)
