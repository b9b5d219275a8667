import io

b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world")), b.write(memoryview(b"!")), b.write(b""))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.read(0), b.read(), b.read())
b.seek(0)
print(b.read(-1), b.read(None))
b = io.BytesIO(b"initial")
print(b.tell(), b.read(3), b.tell())
b.write(b"XY")
print(b.getvalue())
b = io.BytesIO(bytearray(b"from bytearray"))
print(b.getvalue(), type(b.getvalue()).__name__)
for bad in ["text", 5, [1, 2]]:
    try:
        io.BytesIO(bad)
        print("accepted", repr(bad))
    except TypeError as e:
        print("TypeError:", e)
for bad in ["text", 5, None]:
    try:
        io.BytesIO().write(bad)
    except TypeError as e:
        print("TypeError:", e)
b = io.BytesIO(b"abc")
print(b.readable(), b.writable(), b.seekable(), b.isatty())
print(b.read1(2), b.read1(), b.read1())
b.seek(0)
buf = bytearray(2)
print(b.readinto(buf), buf, b.readinto(bytearray(5)), b.readinto(bytearray(1)))
b.seek(0)
buf = bytearray(10)
print(b.readinto1(buf), bytes(buf))
b = io.BytesIO(b"abc")
print(hasattr(b, "encoding"), hasattr(b, "name"))
try:
    b.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
b.close()
for name in ["getvalue", "read", "tell"]:
    try:
        getattr(b, name)()
    except ValueError as e:
        print(name, "ValueError:", e)
