from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    radius: float
    label: str = field(default="", init=False)


@dataclass
class Line:
    start: Point
    end: Point
    _: KW_ONLY
    width: int = 1


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle(center, radius):
            return f"circle {center} r={radius}"
        case Line(Point(a, b), Point(c, d), width=w) if w > 1:
            return f"thick line {a},{b} -> {c},{d}"
        case Line(s, e):
            return f"line {s.x},{s.y} -> {e.x},{e.y}"
        case _:
            return "unknown"


for shape in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 20),
              Circle(Point(0, 0), 1.5), Line(Point(0, 0), Point(1, 1), width=3),
              Line(Point(0, 0), Point(2, 2)), "nothing"]:
    print(describe(shape))
print(Point.__match_args__, Circle.__match_args__, Line.__match_args__)


@dataclass(match_args=False)
class NoArgs:
    a: int


print(hasattr(NoArgs, "__match_args__"))
try:
    match NoArgs(1):
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Custom:
    a: int
    b: int
    __match_args__ = ("b",)


match Custom(1, 2):
    case Custom(x):
        print("custom matched", x)
