class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print(f"  Money.__add__({other!r})")
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  Money.__radd__({other!r})")
        return self.__add__(other)

    def __repr__(self):
        return f"Money({self.cents})"


wallet = [Money(100), Money(250), Money(5)]
print(sum(wallet))
print(sum(wallet, Money(1000)))
print(5 + Money(1), Money(1) + 5)
try:
    "a" + Money(1)
except TypeError as e:
    print("TypeError:", e)


class Vec:
    def __init__(self, *c):
        self.c = c

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(x * k for x in self.c))
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __rsub__(self, other):
        return Vec(*(other - x for x in self.c))

    def __rtruediv__(self, other):
        return Vec(*(other / x for x in self.c))

    def __rpow__(self, base):
        return Vec(*(base ** x for x in self.c))

    def __rmatmul__(self, other):
        return f"rmatmul with {other!r}"

    def __rfloordiv__(self, other):
        return Vec(*(other // x for x in self.c))

    def __rmod__(self, other):
        return Vec(*(other % x for x in self.c))

    def __rand__(self, other):
        return "rand"

    def __ror__(self, other):
        return "ror"

    def __rxor__(self, other):
        return "rxor"

    def __rlshift__(self, other):
        return Vec(*(other << x for x in self.c))

    def __rdivmod__(self, other):
        return "rdivmod", other

    def __repr__(self):
        return f"Vec{self.c}"


v = Vec(1, 2, 4)
print(3 * v, v * 3, 10 - v, 8 / v, 2 ** v, [1] @ v, 17 // v, 17 % v)
print(1 & v, 1 | v, 1 ^ v, 1 << v, divmod(7, v))
try:
    v * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    v - 1
except TypeError as e:
    print("TypeError:", e)
