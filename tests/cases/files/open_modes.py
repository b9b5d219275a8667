import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("f.txt", "w") as f:
        print(f.write("one\n"), f.write("two\n"))
    with open("f.txt") as f:
        print(repr(f.read()))
    with open("f.txt", "a") as f:
        print(f.tell())
        f.write("three\n")
    with open("f.txt", "r") as f:
        print(f.readlines())
    with open("f.txt", "w") as f:
        pass
    print(os.path.getsize("f.txt"))
    try:
        open("f.txt", "x")
    except FileExistsError as e:
        print("FileExistsError:", e.errno, e.strerror, e.filename)
    with open("new.txt", "x") as f:
        f.write("created")
    with open("new.txt", "rt") as f:
        print(f.read())
    with open("new.txt", "at") as f:
        f.write("+more")
    with open("new.txt", "tr") as f:
        print(f.read(), f.mode)
    for mode in ["r+", "w+", "a+", "x+"]:
        name = "plus_" + mode[0] + ".txt"
        if mode[0] in "ra":
            with open(name, "w") as f:
                f.write("0123456789")
        with open(name, mode) as f:
            print(mode, f.mode, repr(f.read()), f.tell())
            f.write("AB")
            f.seek(0)
            print("  after write:", repr(f.read()))
    with open("plus_a.txt", "a+") as f:
        f.seek(0)
        print(repr(f.read(4)))
        f.seek(0)
        f.write("END")
        f.seek(0)
        print(repr(f.read()))
    os.chdir("/")
