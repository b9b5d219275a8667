import io

s = io.StringIO("abcdefghij")
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(8)
print(s.truncate(), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
s.seek(0, 2)
s.write("Z")
print(repr(s.getvalue()))
print(s.truncate(100), repr(s.getvalue()))
try:
    s.truncate(-1)
except ValueError as e:
    print("ValueError:", e)
s.seek(10)
print(s.truncate(0), repr(s.getvalue()), s.tell())
s.write("x")
print(repr(s.getvalue()))
print(s.truncate(None), repr(s.getvalue()))
