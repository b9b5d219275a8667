class A:
    def __eq__(self, other):
        print(f"  A.__eq__({type(other).__name__})")
        return NotImplemented

    def __lt__(self, other):
        print(f"  A.__lt__({type(other).__name__})")
        return NotImplemented

    def __add__(self, other):
        print(f"  A.__add__({type(other).__name__})")
        return NotImplemented


class B:
    def __eq__(self, other):
        print(f"  B.__eq__({type(other).__name__})")
        return NotImplemented

    def __gt__(self, other):
        print(f"  B.__gt__({type(other).__name__})")
        return "B says greater"

    def __radd__(self, other):
        print(f"  B.__radd__({type(other).__name__})")
        return "B radd"


a, b = A(), B()
print(a == b)
print(a != b)
print(a == a)
print(a < b)
print(a + b)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
try:
    a >= a
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __eq__(self, other):
        print(f"  {type(self).__name__}.__eq__ (Base impl)")
        return "base result"

    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __eq__(self, other):
        print("  Derived.__eq__")
        return "derived result"

    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() == Derived())
print(Derived() == Base())
print(Base() + Derived())
print(Derived() + Base())


class SameRadd(Base):
    pass


print(Base() + SameRadd())
print(type(NotImplemented).__name__, repr(NotImplemented))
print(1 .__add__("x"), (1).__eq__("x"), "s".__lt__(3), [].__eq__(()))
