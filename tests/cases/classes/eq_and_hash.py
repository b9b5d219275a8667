class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"

d = {Key(1, 2): "first"}
print(d[Key(1, 2)])
d[Key(1, 2)] = "replaced"
print(len(d), d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
print(Key(1, 2) in d, Key(2, 1) in d)
print(hash(Key(3, 4)) == hash((3, 4)))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)

class Default:
    pass
a = Default()
print(a == a, a == Default(), hash(a) == hash(a))
print(len({a, a, Default()}))

class Always:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Always)
print(len({Always(), Always()}))
print(hash(5) == 5, hash(-1), hash(0), hash(True), hash((1, 2)) == hash((1, 2)))
