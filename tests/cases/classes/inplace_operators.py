class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __repr__(self):
        return f"Bag({self.items})"

    def __add__(self, other):
        print("__add__")
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other.items)
        return self

class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Plain.__add__")
        return Plain(self.v + other)
    def __repr__(self):
        return f"Plain({self.v})"

b = Bag([1])
alias = b
b += Bag([2])
print(b, alias, b is alias)
b = b + Bag([3])
print(b, alias, b is alias)

p = Plain(1)
q = p
p += 10
print(p, q, p is q)

lst = [1]
ref = lst
lst += [2]
print(lst, ref is lst)
t = (1,)
tref = t
t += (2,)
print(t, tref, t is tref)

class Weird:
    def __iadd__(self, other):
        return NotImplemented
try:
    w = Weird()
    w += 1
except TypeError as e:
    print(type(e).__name__, e)
