from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)


root = Node("root")
child = Node("child", parent=root)
root.children.append(child)
print(root)


@dataclass
class Loop:
    value: int
    other: object = None


a = Loop(1)
b = Loop(2, a)
a.other = b
print(a)
print(b)
selfref = Loop(3)
selfref.other = selfref
print(selfref)
print([selfref, selfref])
print(repr(Loop(4, [Loop(5)])))


@dataclass
class Named:
    label: str

    def __repr__(self):
        return f"<Named {self.label}>"


print(Named("x"), Loop(6, Named("y")))


class Outer:
    @dataclass
    class Inner:
        v: int = 0


print(Outer.Inner(), Outer.Inner.__repr__.__qualname__)


def make():
    @dataclass
    class Local:
        w: int = 1
    return Local


print(make()(), make().__qualname__)


class RaisingRepr:
    def __repr__(self):
        raise ValueError("no repr")


r = Loop(7, RaisingRepr())
try:
    repr(r)
except ValueError as e:
    print("ValueError:", e)
r.other = None
print(r)


@dataclass(repr=False)
class NoRepr:
    x: int


print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at "))
