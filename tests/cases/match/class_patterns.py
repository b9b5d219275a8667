class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal at {x}"
        case Point():
            return "some point"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w):
            return f"rect width {w}"
        case _:
            return "unknown"

shapes = [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5),
          Circle(Point(0, 0), 1), Circle(Point(1, 2), 20), Circle(Point(1, 1), 2),
          Rect(3, 3), Rect(2, 5), "text"]
for s in shapes:
    print(describe(s))

try:
    match Rect(1, 2):
        case Rect(1, 2):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)
