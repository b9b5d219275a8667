import io

text = "alpha\nbeta gamma\n\ndelta\nlast"
for hint in [-1, 0, 1, 5, 6, 7, 17, 18, 100]:
    s = io.StringIO(text)
    b = io.BytesIO(text.encode())
    t = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
    print(hint, len(s.readlines(hint)), len(b.readlines(hint)), len(t.readlines(hint)))
s = io.StringIO(text)
print(s.readlines(6), s.readlines(1), s.readlines(None))
b = io.BytesIO(text.encode())
print(b.readlines(6), b.readlines(1), b.readlines(None))
