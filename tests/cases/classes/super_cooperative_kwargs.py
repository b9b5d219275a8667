class Shape:
    def __init__(self, **kwargs):
        if kwargs:
            print("leftover:", sorted(kwargs))
        super().__init__()

class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        self.color = color
        super().__init__(**kwargs)

class Named(Shape):
    def __init__(self, name="?", **kwargs):
        self.name = name
        super().__init__(**kwargs)

class Square(Colored, Named):
    def __init__(self, side, **kwargs):
        self.side = side
        super().__init__(**kwargs)

    def __repr__(self):
        return f"Square(side={self.side}, color={self.color!r}, name={self.name!r})"

print(Square(3))
print(Square(4, color="red", name="sq"))
print(Square(5, name="x", extra=1, more=2))
print([c.__name__ for c in Square.__mro__])

class A:
    def f(self):
        return "A.f"

class B(A):
    def f(self):
        return "B.f/" + super(B, self).f()

class C(B):
    def f(self):
        return "C.f/" + super(B, self).f()

print(C().f())

class WithClassmethod(A):
    @classmethod
    def make(cls):
        return cls.__name__ + " via " + super().__repr__.__name__

print(WithClassmethod.make())
