import io

s = io.StringIO("first line\nsecond\n\nfourth without newline")
print(repr(s.readline()), repr(s.readline(3)), repr(s.readline()), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(1), s.readlines(12), s.readlines(0))
s.seek(0)
print(s.readline(-1), end="|\n")
s.seek(0)
for i, line in enumerate(s):
    print(i, repr(line))
s.seek(0)
print(next(s), end="")
print(list(s))
try:
    next(s)
except StopIteration:
    print("StopIteration")
print(iter(s) is s)
s.seek(0)
print(list(map(str.rstrip, s)))
w = io.StringIO()
w.writelines(["a\n", "b", "c\n"])
w.writelines(x for x in ("1", "2"))
print(repr(w.getvalue()))
try:
    w.writelines([b"x"])
except TypeError as e:
    print("TypeError:", e)
try:
    w.writelines(5)
except TypeError as e:
    print("TypeError:", e)
