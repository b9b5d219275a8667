import io


class Tee(io.StringIO):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.log = []

    def write(self, s):
        self.log.append(s)
        return super().write(s)


t = Tee()
print("a", 1, file=t)
t.write("b\n")
t.writelines(["c\n", "d\n"])
print(repr(t.getvalue()))
print(len(t.log) > 0, "".join(t.log) == t.getvalue())


class Lines(io.StringIO):
    def __iter__(self):
        self.seek(0)
        return super().__iter__()

    def readline(self, size=-1):
        return super().readline(size).upper()


lines = Lines("x\ny\n")
print(list(lines))
print(lines.readline())
lines.seek(0)
print(lines.readlines())


class Named(io.BytesIO):
    name = "in-memory.bin"

    def close(self):
        print("closing", self.name, len(self.getvalue()))
        super().close()


with Named(b"12345") as n:
    print(n.read(2), n.name)
print(n.closed)
print(isinstance(t, io.StringIO), type(t).__mro__[1].__name__)

s = io.StringIO("abc")
try:
    s.custom = 1
    print("instances take attributes", s.custom)
except AttributeError as e:
    print("AttributeError:", e)
