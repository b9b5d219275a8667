class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

class Square(Shape):
    name = "square"
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Blob(Shape):
    pass

shapes = [Square(3), Circle(1), Square(1.5), Circle(2)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes).name, min(shapes).name)
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(sum(s.area() for s in shapes if isinstance(s, Square)))
