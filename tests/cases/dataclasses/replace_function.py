from dataclasses import dataclass, field, replace, InitVar


@dataclass(frozen=True)
class Settings:
    host: str = "localhost"
    port: int = 80
    debug: bool = False


base = Settings()
dev = replace(base, debug=True, port=8000)
print(base)
print(dev)
print(replace(dev) == dev, replace(dev) is dev)
try:
    replace(base, colour="red")
except TypeError as e:
    print("TypeError:", e)
try:
    replace(Settings, port=1)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(obj=base)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Counter:
    start: int
    count: int = field(init=False, default=0)
    step: InitVar[int] = 1

    def __post_init__(self, step):
        self.count = self.start * step


c = Counter(3, 2)
print(c)
print(replace(c, start=5))
print(replace(c, start=5, step=10))
try:
    replace(c, count=1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class NeedsInitVar:
    x: int
    y: InitVar[int]

    def __post_init__(self, y):
        self.x += y


n = NeedsInitVar(1, 2)
print(n)
try:
    replace(n, x=5)
except ValueError as e:
    print("ValueError:", e)
print(replace(n, y=100))
