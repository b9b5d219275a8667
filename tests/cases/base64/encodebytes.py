import base64
import io

data = bytes(range(256)) * 2
enc = base64.encodebytes(data)
lines = enc.split(b"\n")
print(len(lines), [len(l) for l in lines])
print(base64.decodebytes(enc) == data)
print(base64.encodebytes(b""), base64.encodebytes(b"x"))
print(base64.decodebytes(b"eHh4\neHh4\n"))
for f in (base64.encodebytes, base64.decodebytes):
    try:
        f("text")
    except TypeError as e:
        print(f.__name__, e)
src = io.BytesIO(b"The quick brown fox " * 10)
out = io.BytesIO()
base64.encode(src, out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue()[:40])
