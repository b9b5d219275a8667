import os
import tempfile

content = "alpha\nbeta gamma\n\ndelta epsilon zeta\nlast"
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("t.txt", "w") as f:
        f.write(content)
    with open("t.txt") as f:
        print([f.readline(), f.readline(4), f.readline(0), f.readline(), f.readline(), f.readline(-1)])
        print([f.readline(), f.readline(), f.readline()])
    with open("t.txt") as f:
        print(f.readlines(6))
        print(f.readlines(1))
        print(f.readlines())
        print(f.readlines())
    with open("t.txt") as f:
        for n, line in enumerate(f, 1):
            print(n, repr(line))
    with open("t.txt") as f:
        print(next(f), end="")
        print(f.readline(), end="")
        print(list(f))
        try:
            next(f)
        except StopIteration:
            print("StopIteration")
    with open("t.txt") as f:
        print([f.read(3), f.read(0), f.read(100), f.read(), f.read(5)])
    with open("t.txt") as f:
        print(f.read(None)[:5], f.read(-1))
    with open("t.txt") as f:
        words = [w for line in f for w in line.split()]
    print(words)
    with open("t.txt") as f:
        print(max(f, key=len).rstrip())
    with open("t.txt") as f:
        print(sum(1 for _ in f), "lines")
    with open("t.txt") as f:
        head = [next(f) for _ in range(2)]
        print(head, f.readline())
    with open("t.txt") as f:
        try:
            f.readline("3")
        except TypeError as e:
            print("TypeError:", e)
        try:
            f.read("3")
        except TypeError as e:
            print("TypeError:", e)
        try:
            f.readlines("3")
        except TypeError as e:
            print("TypeError:", e)
    os.chdir("/")
