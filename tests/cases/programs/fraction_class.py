import math


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return Fraction(x)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self + Fraction(-o.num, o.den)

    def __rsub__(self, other):
        return Fraction(other) - self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        return Fraction(other) / self

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self.num == o.num and self.den == o.den

    def __lt__(self, other):
        o = self._coerce(other)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2 ** 52 else self.num // self.den

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, t - h, h ** 3, t ** -2, -h)
print(1 + h, 1 - h, 2 * t, 1 / t, h + 1, repr(Fraction(6, -4)))
harmonic = sum(Fraction(1, k) for k in range(1, 21))
print("H20 =", harmonic, f"~ {float(harmonic):.6f}")
print(sorted([Fraction(3, 4), Fraction(2, 3), Fraction(5, 8), Fraction(-1, 2), Fraction(7, 10)]))
print(Fraction(2, 4) == Fraction(1, 2), Fraction(4, 2) == 2, h == 0.5, h != t)
print({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)} == {h}, len({Fraction(k, 2 * k) for k in range(1, 10)}))
print(bool(Fraction(0, 5)), int(Fraction(-7, 2)), float(Fraction(1, 8)), max(h, t), min(h, t))
# Egyptian fraction decomposition by the greedy algorithm
x = Fraction(7, 15)
parts = []
while x:
    d = -(-x.den // x.num)
    parts.append(Fraction(1, d))
    x = x - Fraction(1, d)
print(" + ".join(map(str, parts)), "=", sum(parts, Fraction(0)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + 0.25
except TypeError as e:
    print("TypeError:", e)
