cases = [
    Exception(),
    Exception("one"),
    Exception("one", 2),
    ValueError(""),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    OSError(2, "No such file"),
    ZeroDivisionError("division by zero"),
    StopIteration(7),
    SystemExit(3),
    Exception(None),
    Exception([1, 2]),
]
for e in cases:
    print(f"{type(e).__name__:18} str={str(e)!r:22} repr={e!r} args={e.args}")

e = OSError(2, "No such file")
print(e.errno, e.strerror)
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
try:
    {}["k"]
except KeyError as err:
    print(str(err), repr(err))
try:
    [][1]
except IndexError as err:
    print(str(err), repr(err))
