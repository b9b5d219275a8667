import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps([Point(1, 2), {3, 1, 2}, 2 + 3j], default=encode_point))
print(json.dumps({"p": Point(0, Point(5, 6))}, default=encode_point, indent=1))
try:
    json.dumps([object()], default=encode_point)
except TypeError as e:
    print("TypeError:", e)

# default returning something that again needs default
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.dumps([b"bytes"], default=lambda o: o.decode()))
print(json.dumps({"when": (2024, 1, 2)}, default=str))
print(json.dumps(frozenset({1}), default=list))

# default=str applied to unknown objects
class Thing:
    def __str__(self):
        return "<thing>"
print(json.dumps({"t": Thing()}, default=str))

# default returning an unencodable object again and again
try:
    json.dumps(object(), default=lambda o: o)
except Exception as e:
    print(type(e).__name__, e)

# exceptions from default propagate unchanged
def boom(o):
    raise KeyError("nope")
try:
    json.dumps([1, object()], default=boom)
except KeyError as e:
    print("KeyError", e)
