import io
import sys


def noisy(n):
    for i in range(n):
        print("line", i)
    sys.stdout.write("done\n")
    return n


saved = sys.stdout
sys.stdout = capture = io.StringIO()
try:
    result = noisy(3)
finally:
    sys.stdout = saved
print("captured:", repr(capture.getvalue()), result)


class Prefixer:
    def __init__(self, stream, prefix):
        self.stream = stream
        self.prefix = prefix
        self.at_start = True

    def write(self, s):
        for piece in s.splitlines(keepends=True):
            if self.at_start:
                self.stream.write(self.prefix)
            self.stream.write(piece)
            self.at_start = piece.endswith("\n")
        return len(s)

    def flush(self):
        self.stream.flush()


sys.stdout = Prefixer(saved, "[out] ")
try:
    print("hello")
    print("multi\nline", "text")
    print("partial", end="")
    print(" continued")
finally:
    sys.stdout = saved

err = io.StringIO()
sys.stderr = err
try:
    print("to fake stderr", file=sys.stderr)
finally:
    sys.stderr = sys.__stderr__
print(repr(err.getvalue()))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
