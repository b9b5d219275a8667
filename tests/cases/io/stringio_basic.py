import io

s = io.StringIO()
print(s.write("hello"), s.write(" world"), s.write(""))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read()), repr(s.read()))
s.seek(0)
print(repr(s.read(3)), repr(s.read(0)), repr(s.read(-1)))
s.seek(6)
s.write("WORLD!!")
print(repr(s.getvalue()))

t = io.StringIO("initial text")
print(t.tell(), repr(t.read(7)), t.tell())
t.write("X")
print(repr(t.getvalue()))
t = io.StringIO("abc")
t.write("Z")
print(repr(t.getvalue()))

u = io.StringIO("héllo wörld 😀")
print(repr(u.read(5)), u.tell(), repr(u.read()), u.tell())
print(len(u.getvalue()))

print(io.StringIO().getvalue() == "", io.StringIO(None).getvalue() == "")
for bad in [b"bytes", 5]:
    try:
        io.StringIO(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO().write(None)
except TypeError as e:
    print("TypeError:", e)
s = io.StringIO("abc")
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering)
print(s.encoding, s.errors, s.newlines)
print(s.read(None))
