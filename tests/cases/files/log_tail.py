"""tail -n N: read the last N lines of a log by seeking backwards in blocks."""
import os
import tempfile


def tail(path, n, block=64):
    with open(path, "rb") as f:
        end = f.seek(0, os.SEEK_END)
        data = b""
        pos = end
        while pos > 0 and data.count(b"\n") <= n:
            step = min(block, pos)
            pos -= step
            f.seek(pos)
            data = f.read(step) + data
        lines = data.splitlines(keepends=True)
        return [line.decode("utf-8") for line in lines[-n:]] if n else []


def follow(path, offset):
    """Return the lines appended since `offset` and the new offset."""
    with open(path, encoding="utf-8", newline="") as f:
        f.seek(offset)
        new = f.read()
        return new.splitlines(), f.tell()


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("app.log", "w", encoding="utf-8") as f:
        for i in range(1, 101):
            level = ["INFO", "WARN", "ERROR"][i % 3]
            f.write(f"{i:04d} {level:5} message number {i} {'é' * (i % 4)}\n")
    for n in (0, 1, 3, 10):
        lines = tail("app.log", n)
        print(n, len(lines), [l.rstrip() for l in lines[-3:]])
    print(tail("app.log", 500)[:2] == tail("app.log", 100)[:2], len(tail("app.log", 500)))
    with open("short.log", "w") as f:
        f.write("only\nno-final-newline")
    print(tail("short.log", 1), tail("short.log", 5))
    with open("empty.log", "w"):
        pass
    print(tail("empty.log", 3))

    offset = os.path.getsize("app.log")
    with open("app.log", "a", encoding="utf-8") as f:
        f.write("0101 INFO  appended one\n0102 ERROR appended two\n")
    new, offset = follow("app.log", offset)
    print(new, offset == os.path.getsize("app.log"))
    new, offset2 = follow("app.log", offset)
    print(new, offset2 == offset)
    errors = sum(1 for line in open("app.log", encoding="utf-8") if " ERROR " in line)
    print("errors:", errors)
    os.chdir("/")
