from dataclasses import dataclass


@dataclass
class Money:
    amount: int
    currency: str = "EUR"

    def __repr__(self):
        return f"{self.amount} {self.currency}"

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.amount, self.currency) == (other.amount, other.currency)
        if isinstance(other, int):
            return self.currency == "EUR" and self.amount == other
        return NotImplemented

    def __hash__(self):
        return hash((self.amount, self.currency))


m = Money(5)
print(m, m == 5, m == Money(5), hash(m) == hash((5, "EUR")), {m: 1}[Money(5)])
print(Money.__repr__.__qualname__, Money.__eq__.__qualname__)


@dataclass
class Init:
    x: int

    def __init__(self, raw):
        self.x = int(raw)


print(Init("12"), Init.__init__.__qualname__)


@dataclass(init=False, repr=False, eq=False)
class Bare:
    x: int = 3


b = Bare()
print(b.x, Bare.__eq__ is object.__eq__, "__repr__" in Bare.__dict__, "__init__" in Bare.__dict__)
print(sorted(k for k in Bare.__dict__ if k.startswith("__dataclass")))
print(Bare.__dataclass_params__)
print(Money.__dataclass_params__)


@dataclass(order=True, frozen=True, unsafe_hash=True)
class AllOn:
    x: int


print(AllOn.__dataclass_params__)
print(sorted(k for k in AllOn.__dict__ if k in ("__lt__", "__le__", "__gt__", "__ge__", "__hash__",
                                                 "__setattr__", "__delattr__", "__eq__")))
