import array
import reprlib

r = reprlib.Repr()
print(r.repr(array.array("i", range(100))), r.repr(array.array("b")))
print(r.repr(array.array("d", [1.5, 2.5])), r.repr([array.array("u", "hi")]))
r.maxlevel = 1
print(r.repr([array.array("i", [1]), array.array("i")]))
