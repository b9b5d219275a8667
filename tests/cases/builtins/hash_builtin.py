print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62), hash(-(2 ** 61)))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float(2 ** 61)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(frozenset()) == hash(frozenset()), hash(None) == hash(None))
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)

class Custom:
    def __hash__(self):
        return 12345

print(hash(Custom()))

class BadHash:
    def __hash__(self):
        return "x"

try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

class BigHash:
    def __hash__(self):
        return 2 ** 70

print(hash(BigHash()))
