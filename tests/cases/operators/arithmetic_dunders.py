class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __neg__(self):
        return Money(-self.cents)
    def __iadd__(self, other):
        print("iadd called")
        self.cents += other.cents
        return self
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"
a = Money(1050)
print(a + Money(99), a + 5, 5 + a, a * 3, 3 * a, -a)
print(sum([Money(1), Money(2), Money(3)]))
m = Money(0)
m += Money(250)
print(m)
try:
    a + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" - a
except TypeError as e:
    print(type(e).__name__, e)
