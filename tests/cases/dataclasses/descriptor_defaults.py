from dataclasses import dataclass, field


class Positive:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.default
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive")
        setattr(obj, self.private, value)


@dataclass
class Order:
    quantity: Positive = Positive(1)
    price: int = field(default=5)


o = Order()
print(o)
o2 = Order(3, 10)
print(o2, o2.quantity, o2._quantity)
try:
    Order(0)
except ValueError as e:
    print("ValueError:", e)


class Tagged:
    def __init__(self, text):
        self.text = text

    def __set_name__(self, owner, name):
        print("tagged", owner.__name__, name)

    def __repr__(self):
        return f"Tagged({self.text!r})"


@dataclass(frozen=True)
class Labelled:
    tag: Tagged = field(default=Tagged("plain"))
    other: Tagged = Tagged("direct")


print(Labelled(), Labelled.tag)


@dataclass
class UsesProperty:
    x: int = 0

    @property
    def double(self):
        return self.x * 2


print(UsesProperty(4).double, UsesProperty())
