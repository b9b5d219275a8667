class Q:
    """Fixed-point number with 2 decimals stored as integer hundredths."""
    __slots__ = ("h",)

    def __init__(self, h):
        self.h = h

    @classmethod
    def of(cls, x):
        return x if isinstance(x, Q) else cls(round(x * 100))

    def __add__(self, o):
        return Q(self.h + Q.of(o).h)

    __radd__ = __add__

    def __sub__(self, o):
        return Q(self.h - Q.of(o).h)

    def __rsub__(self, o):
        return Q(Q.of(o).h - self.h)

    def __mul__(self, o):
        if isinstance(o, Q):
            return Q(self.h * o.h // 100)
        return Q(round(self.h * o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        if isinstance(o, Q):
            return self.h / o.h
        return Q(round(self.h / o))

    def __floordiv__(self, o):
        return Q(self.h // Q.of(o).h * 100)

    def __mod__(self, o):
        return Q(self.h % Q.of(o).h)

    def __neg__(self):
        return Q(-self.h)

    def __abs__(self):
        return Q(abs(self.h))

    def __eq__(self, o):
        try:
            return self.h == Q.of(o).h
        except TypeError:
            return NotImplemented

    def __lt__(self, o):
        return self.h < Q.of(o).h

    def __le__(self, o):
        return self.h <= Q.of(o).h

    def __hash__(self):
        return hash(self.h)

    def __bool__(self):
        return self.h != 0

    def __float__(self):
        return self.h / 100

    def __int__(self):
        return int(self.h / 100)

    def __round__(self, n=0):
        return round(self.h / 100, n)

    def __str__(self):
        sign = "-" if self.h < 0 else ""
        return f"{sign}{abs(self.h) // 100}.{abs(self.h) % 100:02d}"

    def __repr__(self):
        return f"Q({self})"

    def __format__(self, spec):
        return format(str(self), spec)


prices = [Q.of(19.99), Q.of(5), Q.of(0.01), Q.of(100.5)]
print(prices, sum(prices), sum(prices) * 2, 3 * prices[0])
print(Q.of(10) - 2.5, 20 - Q.of(0.5), -Q.of(3), abs(Q.of(-3.25)), Q.of(10) / 4, Q.of(10) / Q.of(4))
print(Q.of(10) // 3, Q.of(10) % 3, float(Q.of(2.5)), int(Q.of(-2.75)), round(Q.of(2.345), 1))
print(sorted(prices), max(prices), min(prices), Q.of(5) == 5, Q.of(5) == "5", Q.of(5) <= 5, Q.of(5) > Q.of(4.99))
try:
    Q.of(5) > 4.99
except TypeError as e:
    print("TypeError:", e)
print(bool(Q(0)), bool(Q(1)), len({Q.of(1), Q.of(1.0), Q(100)}))
print(f"[{Q.of(3.5):>8}] [{Q.of(-0.05):<8}]")
total = Q(0)
for p in prices:
    total += p
print(total, total == sum(prices))
