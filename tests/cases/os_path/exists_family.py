import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir("folder")
    with open("plain.txt", "w") as f:
        f.write("content")
    os.symlink("plain.txt", "good_link")
    os.symlink("folder", "dir_link")
    os.symlink("nothing_here", "broken_link")

    names = ["folder", "plain.txt", "good_link", "dir_link", "broken_link", "absent",
             "plain.txt/child", "folder/", "plain.txt/", "bad\0name", b"folder"]
    print("name".ljust(16), "exists lexists isfile isdir islink")
    for n in names:
        flags = [os.path.exists(n), os.path.lexists(n), os.path.isfile(n),
                 os.path.isdir(n), os.path.islink(n)]
        print(repr(n).ljust(16), " ".join(str(x).ljust(6) for x in flags))

    for bad in [1.5, None, [1]]:
        try:
            os.path.exists(bad)
        except TypeError as exc:
            print("TypeError:", exc)
    os.chdir(start)
