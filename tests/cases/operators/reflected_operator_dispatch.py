class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print(f"{type(self).__name__}.__add__")
        return NotImplemented
    def __radd__(self, other):
        print(f"{type(self).__name__}.__radd__")
        return f"radd({type(self).__name__})"
    def __lt__(self, other):
        print(f"{type(self).__name__}.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print(f"{type(self).__name__}.__gt__")
        return True
class Derived(Base):
    def __radd__(self, other):
        print("Derived.__radd__")
        return "derived wins"
try:
    print(Base(1) + Base(2))
except TypeError as e:
    print(type(e).__name__, e)
print(Base(1) + Derived(2))
print(1 + Base(1))
print(Base(1) < Base(2))
print(5 < Base(1))
class Plain:
    pass
try:
    Plain() + Plain()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain() < Plain()
except TypeError as e:
    print(type(e).__name__, e)
print(Plain() == Plain(), Plain() != Plain())
