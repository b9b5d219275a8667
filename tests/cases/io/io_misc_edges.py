import io
import sys

s = io.StringIO("a\nb", newline="\r\n")
print(repr(s.getvalue()), repr(s.read()))
s = io.StringIO("a\r\nb", newline=None)
print(repr(s.getvalue()), s.tell(), repr(s.read(2)), s.tell())
s = io.StringIO("a\rb", newline="\r")
print(s.readlines())
print(repr(io.StringIO("ab\ncd").readline(None)))
print(io.BytesIO(b"ab\ncd").readline(None), io.BytesIO(b"abc").read1(-1))
try:
    io.BytesIO().write(b"x", 1)
except TypeError as e:
    print("TypeError:", e)
s = io.StringIO()
s.write("x" * 10)
s.seek(3)
s.write("\n")
print(repr(s.getvalue()), s.tell())
print(io.StringIO("é").read(), len(io.StringIO("😀x").read(1)))
s = io.StringIO("abc")
print(list(s), s.tell())

t = io.TextIOWrapper(io.BytesIO(b"x\ny"), encoding="utf-8")
try:
    print(t.name)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
print(t.isatty(), t.readable(), t.writable(), t.seekable())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.write("abc")
print(t.tell())
t.seek(0)
print(t.read())
print(io.StringIO("x\ny\n").readlines(-1))
print(sys.stdout.newlines, sys.stdin.newlines)
s = io.StringIO()
print(s.write("a\r\nb"), repr(s.getvalue()))
s = io.StringIO(newline="\r\n")
print(s.write("a\nb"), repr(s.getvalue()), s.tell())
bio = io.BytesIO(b"0123")
print(bio.seek(2), bio.write(b"ZZZZ"), bio.getvalue())
