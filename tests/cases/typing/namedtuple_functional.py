from typing import NamedTuple


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


P2 = NamedTuple("P2", [("a", int), ("b", str)])
print(P2(1, "x"), P2.__annotations__, P2.__module__, P2._fields)
P3 = NamedTuple("P3", a=int, b=float)
print(P3(2, 1.5), P3.__annotations__)
Empty = NamedTuple("Empty", [])
print(Empty(), Empty._fields)
attempt(lambda: NamedTuple("X", [("a", int)], b=int))
