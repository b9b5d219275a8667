import io

text = "a\nb\r\nc\rd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    w = io.StringIO(newline=nl)
    w.write("x\ny\r\nz\r")
    print("   write:", repr(w.getvalue()))
    w.seek(0)
    print("   lines:", [line for line in w], repr(w.newlines))

try:
    io.StringIO(newline="\t")
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO(newline=5)
except TypeError as e:
    print("TypeError:", e)

s = io.StringIO("one\r\ntwo\rthree\n", newline=None)
print(repr(s.read()))
print(repr(s.newlines))
s = io.StringIO(newline=None)
s.write("a\r\n")
print(repr(s.getvalue()), repr(s.newlines))
s.write("b\r")
s.write("c\n")
print(repr(s.getvalue()), repr(s.newlines))
