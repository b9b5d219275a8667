import io

data = b"alpha\nbeta\r\ngamma\rdelta\n\nlast"
b = io.BytesIO(data)
print(b.readline(), b.readline(2), b.readline(), b.readline(), b.readline())
print(b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines())
b.seek(0)
print(b.readlines(8))
b.seek(0)
print([line for line in b])
b.seek(0)
print(next(b), list(b))
w = io.BytesIO()
w.writelines([b"1\n", bytearray(b"2\n"), memoryview(b"3")])
print(w.getvalue())
try:
    w.writelines(["str"])
except TypeError as e:
    print("TypeError:", e)
