import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    fd = os.open("notes.txt", os.O_CREAT | os.O_WRONLY, 0o644)
    with os.fdopen(fd, "w") as f:
        f.write("line one\nline two\n")
    fd = os.open("notes.txt", os.O_RDONLY)
    with os.fdopen(fd) as f:
        print(f.readlines())
    fd = os.open("notes.txt", os.O_RDONLY)
    with os.fdopen(fd, "rb") as f:
        print(f.read(4))
    try:
        os.fdopen("notes.txt")
    except TypeError as exc:
        print("TypeError:", exc)
    os.chdir(start)
