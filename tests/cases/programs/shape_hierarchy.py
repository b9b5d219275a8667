import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area is abstract")

    def perimeter(self):
        raise NotImplementedError

    def scale(self, k):
        raise NotImplementedError(f"cannot scale {self.name}")

    def describe(self):
        try:
            return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"
        except NotImplementedError as e:
            return f"{self.name}: incomplete ({e or 'no message'})"

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Polygon(Shape):
    def __init__(self, name, sides):
        super().__init__(name)
        self.sides = list(sides)

    def perimeter(self):
        return sum(self.sides)


class Rectangle(Polygon):
    def __init__(self, w, h):
        super().__init__("rectangle", [w, h, w, h])
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def scale(self, k):
        return type(self)(self.w * k, self.h * k)


class Square(Rectangle):
    def __init__(self, side, _h=None):
        super().__init__(side, side)
        self.name = "square"


class Triangle(Polygon):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} violate the triangle inequality")
        super().__init__("triangle", [a, b, c])

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Blob(Shape):
    def __init__(self):
        super().__init__("blob")


class Hexagon(Polygon):
    def __init__(self, s):
        super().__init__("hexagon", [s] * 6)


shapes = [Rectangle(3, 4), Square(2), Triangle(3, 4, 5), Circle(1), Blob(), Hexagon(1)]
for s in shapes:
    print(s.describe())
print("created:", Shape.count)
print([type(s).__mro__[1].__name__ for s in shapes])
print(isinstance(shapes[1], Rectangle), issubclass(Square, Polygon), issubclass(Circle, Polygon))
for s in shapes:
    try:
        bigger = s.scale(2)
        print(repr(bigger), bigger.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
complete = [s for s in shapes if type(s).area is not Shape.area]
print(sorted(complete, key=lambda s: s.area()))
print("created:", Shape.count)
