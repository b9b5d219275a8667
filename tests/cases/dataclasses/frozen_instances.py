from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int = 0


c = Color(1, 2)
print(c, hash(c) == hash((1, 2, 0)))
for action in ("set", "del", "new"):
    try:
        if action == "set":
            c.r = 5
        elif action == "del":
            del c.g
        else:
            c.alpha = 1
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))
print(c)
palette = {Color(1, 2): "a", Color(1, 2, 0): "b", Color(3, 3): "c"}
print(len(palette), palette[Color(1, 2)])
print(sorted({Color(0, 0), Color(0, 0), Color(1, 1)}, key=lambda x: x.r))
print(Color.__setattr__.__qualname__, Color.__delattr__.__qualname__)


@dataclass(frozen=True)
class WithFactory:
    values: tuple = field(default_factory=tuple)
    count: int = field(default=0, compare=False)


w = WithFactory()
print(w, w == WithFactory(count=5))
try:
    w.values = (1,)
except AttributeError as e:
    print(repr(e))


class Sub(Color):
    pass


s = Sub(1, 1, 1)
s.extra = "fine"
print(s.extra)
try:
    s.r = 0
except FrozenInstanceError as e:
    print("sub", e)
object.__setattr__(c, "r", 100)
print(c)
