ba = bytearray(b"hello")
print(ba, len(ba), ba[0])
ba[0] = ord("H")
ba.append(33)
ba.extend(b" world")
print(ba)
ba[6:11] = b"there"
print(ba)
del ba[5:]
print(ba)
ba.insert(0, ord(">"))
print(ba, ba.pop(), ba.pop(0), ba)
ba.reverse()
print(ba)
ba.remove(ord("l"))
print(ba)
ba += b"!!"
print(ba, bytes(ba), type(ba[1:]).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
print(ba.upper(), ba.find(b"!"), ba.count(b"!"), ba.decode())
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.append("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(ba)
except TypeError as e:
    print(type(e).__name__, e)
x = bytearray(b"abc")
x.clear()
print(x, x == bytearray(), bytearray(b"ab") == b"ab")
print(bytearray(b"a,b").split(b","), bytearray(b"xyz").hex())
