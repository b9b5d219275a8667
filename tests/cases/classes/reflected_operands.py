class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        if other == 0:
            return self
        return self.__add__(other)

    def __lt__(self, other):
        print(f"  {self!r}.__lt__({other!r})")
        if isinstance(other, Money):
            return self.cents < other.cents
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self!r}.__gt__({other!r})")
        if isinstance(other, Money):
            return self.cents > other.cents
        return NotImplemented

print(Money(1) + Money(2))
print(Money(1) + 5)
print(5 + Money(1))
print(sum([Money(1), Money(2), Money(3)]))
print(Money(1) < Money(2))
print(Money(3) > Money(2))
print(sorted([Money(3), Money(1)], key=lambda m: m.cents))
try:
    Money(1) < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Money(1)
except TypeError as e:
    print(type(e).__name__, e)

class Special(Money):
    def __radd__(self, other):
        print("  Special.__radd__ wins")
        return Money(-1)

print(Money(1) + Special(2))
