class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Both(v={self.v!r})"

    def __str__(self):
        return f"<{self.v}>"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "str-only"


b = Both("x")
print(b)
print(str(b), repr(b))
print([b, Both(1)], (b,), {"k": b}, {b.v: b})
print(f"{b} {b!r} {b!s} {b!a}")
print("%s %r" % (b, b))
print("{} {!r} {:>12}".format(b, b, str(b)))
print(ReprOnly(), str(ReprOnly()), [ReprOnly()], f"{ReprOnly()}")
so = StrOnly()
print(so, str(so), f"{so}", [so][0].__str__())
print(repr(so).startswith("<__main__.StrOnly object at "))


class Unicode:
    def __repr__(self):
        return "Ünïcödé→"


print(repr(Unicode()), ascii(Unicode()), f"{Unicode()!a}", [Unicode()])
print(str("quote's"), repr("quote's"), [("a'b", 'c"d')])


class BadStr:
    def __str__(self):
        return 42


class BadRepr:
    def __repr__(self):
        return None


for fn, obj in ((str, BadStr()), (repr, BadRepr()), (print, BadStr())):
    try:
        fn(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    [BadRepr()].__repr__()
except TypeError as e:
    print("TypeError in list repr:", e)


class Nested:
    def __init__(self, children=()):
        self.children = list(children)

    def __repr__(self):
        return f"N{self.children}"


print(Nested([Nested(), Nested([Nested()])]))
print(str([1.5, "s", None, True]), repr("tab\there"), str("tab\there"))
