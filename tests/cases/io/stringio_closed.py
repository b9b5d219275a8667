import io

s = io.StringIO("data")
with s as inner:
    print(inner is s, s.closed)
print(s.closed)
for name, args in [("read", ()), ("write", ("x",)), ("getvalue", ()), ("seek", (0,)), ("tell", ()),
                   ("readline", ()), ("readlines", ()), ("truncate", ()), ("readable", ()),
                   ("writable", ()), ("seekable", ()), ("isatty", ()), ("flush", ()), ("__iter__", ()),
                   ("__next__", ()), ("writelines", ([],))]:
    try:
        getattr(s, name)(*args)
        print(name, "ok")
    except ValueError as e:
        print(name, "ValueError:", e)
s.close()
print("closing twice is fine", s.closed)
try:
    with s:
        pass
except ValueError as e:
    print("with:", e)
try:
    for line in s:
        pass
except ValueError as e:
    print("for:", e)
try:
    print("x", file=s)
except ValueError as e:
    print("print:", e)
