def f(x: int, y: "str" = "a") -> list:
    return [x, y]

print(f.__annotations__)
print(f(1))

def g(*args: int, **kwargs: float) -> None:
    pass

print(g.__annotations__)

def h(a, b):
    pass

print(h.__annotations__)

class Point:
    x: int
    y: int = 0
    def dist(self) -> float:
        return 0.0

print(Point.__annotations__)
print(Point.dist.__annotations__)
print(hasattr(Point, "x"), Point.y)

count: int = 5
print(__annotations__)
print(count)

def k(n: 1 + 2, m: [1, 2]):
    pass

print(k.__annotations__)
