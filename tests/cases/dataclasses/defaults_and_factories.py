from dataclasses import dataclass, field

counter = 0


def next_id():
    global counter
    counter += 1
    return counter


@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)
    tags: set = field(default_factory=set)
    ident: int = field(default_factory=next_id)
    note: str = "n/a"


a = Basket("ann")
b = Basket("bob", ["apple"])
a.items.append("pear")
print(a)
print(b)
print(a.items is b.items, a.tags is b.tags)
c = Basket("cy", ident=99)
print(c)
print(Basket("dee"))
print(Basket.__init__.__defaults__)
print("items" in Basket.__dict__, Basket.note)
try:
    Basket()
except TypeError as e:
    print(e)


@dataclass
class Hidden:
    name: str
    created: list = field(init=False, default_factory=lambda: ["made"])
    status: str = field(init=False, default="new")


h = Hidden("x")
print(h, h.created, h.status)
try:
    Hidden("x", [])
except TypeError as e:
    print(e)
