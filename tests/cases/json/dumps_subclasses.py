import json
from collections import OrderedDict, namedtuple, defaultdict, UserDict


class MyDict(dict):
    pass


class MyList(list):
    pass


class Level(int):
    """An enum-like int subclass with its own repr/str."""
    def __repr__(self):
        return "Level.HIGH"

    def __str__(self):
        return "HIGH"


class Ratio(float):
    def __repr__(self):
        return "Ratio!"


class Name(str):
    def __str__(self):
        return "NAME"


class Flag(int):
    pass


print(json.dumps(MyDict(b=1, a=2)))
print(json.dumps(MyList([1, 2, MyList([3])])))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)]), sort_keys=True))
print(json.dumps(defaultdict(list, {"k": [1]})))
print(json.dumps([Level(3), Ratio(0.5), Name("bob"), Flag(1)]))
print(json.dumps({Level(3): "level", Ratio(0.5): "ratio", Name("key"): "name"}))
P = namedtuple("P", "x y")
print(json.dumps(P(1, 2)))
print(json.dumps({"p": P(1, [2, 3])}, indent=1))
print(json.dumps((1, (2, (3,)))))
print(json.dumps([True, Flag(0)]))
try:
    print(json.dumps(UserDict(a=1)))
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(UserDict(a=1), default=dict))


class Weird(dict):
    def items(self):
        return [("fake", 1)]
print(json.dumps(Weird(real=2)))
