class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.name, value)

class Order:
    quantity = Positive()
    price = Positive()

    def __init__(self, quantity, price):
        self.quantity = quantity
        self.price = price

    def total(self):
        return self.quantity * self.price

o = Order(3, 10)
print(o.total(), o.quantity, vars(o))
o.quantity = 5
print(o.total())
try:
    o.price = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Order(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
print(type(Order.quantity).__name__, Order.quantity.public)

class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v

class Holder:
    answer = Constant(42)

h = Holder()
print(h.answer, Holder.answer)
h.answer = "instance wins for non-data descriptors"
print(h.answer)
