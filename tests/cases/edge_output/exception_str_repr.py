excs = [
    ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(42), ValueError(None),
    KeyError("key"), KeyError(42), KeyError(), KeyError("a", "b"), IndexError("out"),
    OSError(2, "No such file"), OSError("plain"), StopIteration(5), SystemExit(3),
    Exception("multi\nline"), Exception("quote's"), Exception(""), UnicodeError("ü"),
    ZeroDivisionError("division by zero"), AttributeError("obj has no attr"),
]
for e in excs:
    print(f"{type(e).__name__:<18} str={str(e)!r:<24} repr={e!r}")
print(excs[:3])


class MyError(Exception):
    pass


class WithStr(Exception):
    def __str__(self):
        return "custom str"


class WithInit(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


for e in [MyError("x"), MyError(), WithStr("ignored"), WithInit(404)]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    raise KeyError("missing key")
except KeyError as e:
    print("caught:", e, "|", e.args[0], "|", repr(e))
try:
    {}["k"]
except KeyError as e:
    print(f"{e}", f"{e!r}", str(e) == "'k'")
try:
    raise ValueError("a", 1, None)
except ValueError as e:
    print(e)
