import io

b = io.BytesIO(b"0123456789")
print(b.seek(4), b.read(2), b.seek(-3, 2), b.read(), b.seek(-5, 1), b.read(1))
print(b.seek(15), b.read(), b.tell())
b.write(b"!")
print(b.getvalue(), len(b.getvalue()))
print(b.seek(0, 2), b.seek(-100, 1) if False else "skip")
for args in [(-1,), (-100, 1), (-100, 2), (0, 3)]:
    try:
        print(args, b.seek(*args), b.tell())
    except (ValueError, OSError) as e:
        print(args, type(e).__name__, e)
b = io.BytesIO(b"abcdefgh")
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(3)
print(b.truncate(), b.getvalue(), b.tell())
b.seek(10)
print(b.truncate(), b.getvalue(), b.tell())
print(b.truncate(50), b.getvalue())
try:
    b.truncate(-2)
except ValueError as e:
    print("ValueError:", e)
b = io.BytesIO(b"xyz")
b.seek(0, 2)
b.write(b"+")
print(b.getvalue())
