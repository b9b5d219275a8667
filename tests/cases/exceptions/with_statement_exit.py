class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name}: {kind} {exc!r} tb={tb is not None}")
        return self.suppress

with Resource("a") as r:
    print("inside", r.name)

with Resource("b", suppress=True):
    raise ValueError("suppressed")
print("continued after suppression")

try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("outer caught", repr(e))

with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)

with Resource("outer", suppress=True):
    with Resource("inner"):
        raise IndexError("from inner")
print("done")

def returns_inside():
    with Resource("fn"):
        return "value"

print(returns_inside())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
