from contextlib import suppress

with suppress(KeyError):
    {}["missing"]
print("after KeyError")

with suppress(LookupError):
    [][3]
print("after IndexError via LookupError")

with suppress(ValueError, TypeError):
    int("x")
print("after ValueError")

with suppress(TypeError, ValueError):
    len(5)
print("after TypeError")

try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)

with suppress():
    print("nothing to suppress")

try:
    with suppress():
        raise RuntimeError("empty suppress")
except RuntimeError as e:
    print("escaped:", e)

s = suppress(ZeroDivisionError)
for i in range(3):
    with s:
        print(10 // (1 - i))
print(s.__enter__())
print(s.__exit__(None, None, None), s.__exit__(ZeroDivisionError, ZeroDivisionError(), None),
      s.__exit__(KeyError, KeyError(), None))

with suppress(Exception):
    raise SystemExit(0) if False else OSError("os")
print("OSError suppressed")
try:
    with suppress(Exception):
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt is not an Exception")


def first_int(values):
    for v in values:
        with suppress(ValueError):
            return int(v)
    return None


print(first_int(["a", "b", "42", "7"]), first_int([]))
