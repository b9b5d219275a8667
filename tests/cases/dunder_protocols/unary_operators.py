import math


class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(+self.v if self.v >= 0 else self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __invert__(self):
        return Num(~self.v)

    def __round__(self, ndigits=None):
        return Num(round(self.v, ndigits)) if ndigits is not None else round(self.v)

    def __trunc__(self):
        return int(self.v)

    def __floor__(self):
        return math.floor(self.v)

    def __ceil__(self):
        return math.ceil(self.v)

    def __float__(self):
        return float(self.v)

    def __int__(self):
        return int(self.v)

    def __complex__(self):
        return complex(self.v, 0)

    def __repr__(self):
        return f"Num({self.v})"


n = Num(5)
print(-n, +n, abs(Num(-3)), ~n, -(-n), ~~n, abs(-n))
x = Num(-2.567)
print(round(x), round(x, 1), math.trunc(x), math.floor(x), math.ceil(x))
print(float(Num(3)), int(Num(7.9)), complex(Num(2)), math.sqrt(Num(16)))
print(-True, ~True, +False, abs(-0.0), -0, ~0, -(2 ** 64), ~-(2 ** 64))


class Empty:
    pass


for label, fn in [("neg", lambda: -Empty()), ("pos", lambda: +Empty()), ("abs", lambda: abs(Empty())),
                  ("invert", lambda: ~Empty()), ("invert float", lambda: ~1.5), ("neg str", lambda: -"s"),
                  ("round", lambda: round(Empty())), ("float", lambda: float(Empty())),
                  ("int", lambda: int(Empty())), ("trunc", lambda: math.trunc(Empty()))]:
    try:
        fn()
    except TypeError as e:
        print(f"{label}: TypeError: {e}")


class OnlyIndex:
    def __index__(self):
        return 7


print(float(OnlyIndex()), int(OnlyIndex()), complex(OnlyIndex()))


class FloatOnly:
    def __float__(self):
        return 2.5


print(float(FloatOnly()), math.floor(FloatOnly()), round(float(FloatOnly())))
try:
    int(FloatOnly())
except TypeError as e:
    print("TypeError:", e)
