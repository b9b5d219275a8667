class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    __hash__ = None

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0.0"))
print(Version("2.0") > Version("1.9"))
print(Version("2.0") >= Version("2.0"))
print(Version("1.0") == "1.0")
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Version("1.0"))
except TypeError as e:
    print(type(e).__name__, e)

class NoCompare:
    pass
try:
    sorted([NoCompare(), NoCompare()])
except TypeError as e:
    print(type(e).__name__, e)
x = NoCompare()
print(x == x, x != x, x == NoCompare())
