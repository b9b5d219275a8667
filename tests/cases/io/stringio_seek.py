import io

s = io.StringIO("0123456789")
print(s.seek(3), repr(s.read(2)))
print(s.seek(0, io.SEEK_END), s.tell())
print(s.seek(0, io.SEEK_CUR))
print(s.seek(20), repr(s.read()), s.tell())
s.write("END")
print(repr(s.getvalue()), len(s.getvalue()))
for args in [(-1,), (1, 1), (-2, 2), (1, 2), (0, 3), (0, -1)]:
    try:
        print(args, s.seek(*args))
    except (ValueError, OSError) as e:
        print(args, type(e).__name__, e)
try:
    s.seek("1")
except TypeError as e:
    print("TypeError:", e)
try:
    s.seek(1.5)
except TypeError as e:
    print("TypeError:", e)
print(s.seek(0, 0), s.seek(0, 1), s.seek(0, 2))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
