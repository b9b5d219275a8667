import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("a.txt", "w") as a, open("b.txt", "w") as b:
        a.write("A")
        b.write("B")
    print(a.closed, b.closed)

    f = open("a.txt")
    with f as g:
        print(f is g, g.read())
    print(f.closed)

    try:
        with open("c.txt", "w") as c:
            c.write("partial data")
            1 / 0
    except ZeroDivisionError:
        print("closed after error:", c.closed)
    with open("c.txt") as c:
        print("data kept:", c.read())

    try:
        with open("a.txt") as a, open("missing.txt") as m:
            pass
    except FileNotFoundError as e:
        print("second open failed:", e.filename, "first closed:", a.closed)

    def first_line(path):
        with open(path) as f:
            return f.readline()
    print(first_line("a.txt"))

    def lines(path):
        with open(path) as f:
            yield from f
    gen = lines("c.txt")
    print(next(gen))
    gen.close()

    with open("d.txt", "w") as d:
        pass
    print(os.path.getsize("d.txt"), d.closed)
    res = open("a.txt").__exit__(None, None, None)
    print(res)
    f = open("a.txt")
    print(f.__enter__() is f, f.__exit__(ValueError, ValueError("x"), None))
    print(f.closed)
    os.chdir("/")
