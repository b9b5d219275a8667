import reprlib

r = reprlib.Repr()
print(sorted(vars(r).items()))
r.maxstring = 2
print(r.repr("abcdef"), r.repr("ab"), r.repr(""))
r.maxstring = 10
print(r.repr("abcdefghijklmnop"), r.repr("it's a test"))
r.fillvalue = "+++"
print(r.repr(list(range(10))), r.repr("a" * 50), r.repr({i: i for i in range(9)}))
r.maxlevel = 1
print(r.repr([[1]]), r.repr([{1: 1}]))
r2 = reprlib.Repr()
r2.maxlong = 10
r2.maxother = 5
print(r2.repr(12345678901234), r2.repr(-98765432109876), r2.repr(3.14159265))

class Broken:
    def __repr__(self):
        raise ValueError("no")
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))

class Long:
    def __repr__(self):
        return "<" + "L" * 60 + ">"
print(reprlib.repr(Long()))

class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "int(%d)" % x
    def repr_my_thing(self, x, level):
        return "THING"
print(MyRepr().repr([1, 2, "x"]))
print(sorted(reprlib.__all__))
