import io
import sys

buf = io.StringIO()
print("a", "b", 3, file=buf)
print("x", "y", sep="-", end="!\n", file=buf)
print(file=buf)
print("no end", end="", file=buf)
print(None, True, [1, "s"], file=buf, flush=True)
print(repr(buf.getvalue()))

print("to stderr", file=sys.stderr)
print("to stdout", file=None)
print("sep none", "x", sep=None, end=None)


class Collector:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)


c = Collector()
print("p", "q", 1, sep=", ", file=c)
print(c.calls)


class NoFlush:
    def write(self, s):
        pass


try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("x", file=object())
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=b"\n")
except TypeError as e:
    print("TypeError:", e)

b = io.BytesIO()
try:
    print("text", file=b)
except TypeError as e:
    print("TypeError:", e)
