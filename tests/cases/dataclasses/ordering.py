from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9, "beta"), Version(1, 2), Version(2)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1, 2) < Version(1, 3), Version(1, 2) <= Version(1, 2), Version(3) > Version(2, 9))
print(Version(1, 0, 0, "a") == Version(1, 0, 0, "b"), Version(1) >= Version(1, 0, 1))


@dataclass(order=True)
class Other:
    major: int
    minor: int = 0
    patch: int = 0


for op in ("<", "<=", ">", ">="):
    try:
        eval(f"Version(1) {op} Other(1)")
    except TypeError as e:
        print(e)
print(Version(1) == Other(1), Version(1).__eq__(Other(1)), Version(1).__lt__(Other(1)))
print(Version(1) == (1, 0, 0))


class Sub(Version):
    pass


print(Version(1).__lt__(Sub(2)))
try:
    Version(1) < Sub(2)
except TypeError as e:
    print(e)
print(Version.__lt__.__qualname__, Version.__ge__.__qualname__)


@dataclass(order=True)
class Empty:
    pass


print(Empty() < Empty(), Empty() <= Empty(), Empty() == Empty())
