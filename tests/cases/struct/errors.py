import struct

def show(func, *args):
    try:
        print(repr(func(*args)))
    except (struct.error, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

show(struct.pack, "i")
show(struct.pack, "i", 1, 2)
show(struct.pack, "2i5s", 1)
show(struct.pack, "x", 1)
show(struct.unpack, "i", b"abc")
show(struct.unpack, "<q", b"a")
show(struct.unpack, "", b"a")
show(struct.unpack, "", b"")
show(struct.unpack, "i", "abcd")
show(struct.calcsize, "y")
show(struct.calcsize, "<P")
show(struct.calcsize, "=n")
show(struct.calcsize, ">N")
show(struct.calcsize, "3")
show(struct.calcsize, "i3")
show(struct.calcsize, "i<")
show(struct.calcsize, "<<i")
show(struct.calcsize, "99999999999999999999i")
show(struct.calcsize, "i\0")
show(struct.calcsize, " i ")
show(struct.calcsize, "2 i")
show(struct.Struct, 5)
print(issubclass(struct.error, Exception), struct.error.__name__)
