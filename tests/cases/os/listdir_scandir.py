import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir("sub")
    with open("file.txt", "w") as f:
        f.write("12345")
    os.symlink("file.txt", "link")
    os.symlink("sub", "dirlink")
    os.symlink("void", "dangling")
    print(sorted(os.listdir()), sorted(os.listdir(".")), sorted(os.listdir(b".")))
    print(os.listdir("sub"))
    with os.scandir(".") as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    sizes = {e.name: e.stat().st_size for e in entries if e.is_file()}
    print(sizes)
    print(os.fspath(entries[0]), isinstance(entries[0], os.PathLike))
    print([e.name for e in os.scandir("sub")], [e.path for e in os.scandir(b".") if e.name == b"sub"])
    for bad in ["nope", "file.txt"]:
        try:
            os.listdir(bad)
        except OSError as exc:
            print(type(exc).__name__ + ":", exc)
        try:
            os.scandir(bad)
        except OSError as exc:
            print(type(exc).__name__ + ":", exc)
    os.chdir(start)
