import struct

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class NotIdx:
    def __int__(self):
        return 3

print(struct.pack("<i", Idx(42)))
print(struct.pack("<i", True))
print(struct.pack("<d", Idx(2)))
for bad in (1.5, "3", None, NotIdx(), [1]):
    try:
        struct.pack("<i", bad)
    except struct.error as e:
        print(type(bad).__name__, "->", e)
try:
    struct.pack("P", 1.0)
except struct.error as e:
    print("P float ->", e)
