import io


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print("hello", "there", file=u)
u.writelines(["a", "b"])
print(u.parts)
with u:
    pass
print(u.closed)
try:
    u.write("late")
    print("write after close allowed by the subclass")
except ValueError as e:
    print("ValueError:", e)
try:
    u.writelines(["x"])
except ValueError as e:
    print("ValueError:", e)


class Source(io.TextIOBase):
    """A readable text stream built on readline only."""

    def __init__(self, lines):
        self.lines = list(lines)

    def readable(self):
        return True

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ""


print(list(Source(["a\n", "b\n"])))
print(Source(["a\n", "b\n", "c"]).readlines())
print(Source(["a\n", "b\n", "c"]).readlines(2))
src = Source(["1\n"])
print(next(src), src.readable(), src.writable(), src.seekable())
for call in (lambda: src.read(), lambda: src.seek(0), lambda: src.detach(), lambda: src.fileno(),
             lambda: src.tell(), lambda: src.truncate()):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(src.encoding, src.newlines, src.errors)
