class A:
    """Doc of A."""
    x = 1
    def f(self):
        pass

class B(A):
    y = 2

print(type(A), type(A()), type(type))
print(A.__name__, B.__base__.__name__, B.__bases__[0] is A)
print(A.__doc__, B.__doc__)
print(A.__module__)
print(type(A.f).__name__, type(A().f).__name__)
print(B().x, B().y, B.x)

Dyn = type("Dyn", (A,), {"z": 3, "g": lambda self: "dyn"})
d = Dyn()
print(Dyn.__name__, d.z, d.x, d.g(), isinstance(d, A))
print([c.__name__ for c in Dyn.__mro__])
print(A.__dict__["x"], "y" in A.__dict__, "y" in B.__dict__)
print(callable(A), callable(A()))
print(type(A()) is A, A().__class__.__name__)
print(isinstance(A, object), isinstance(int, type))
