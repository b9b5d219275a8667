from dataclasses import dataclass, field, InitVar, fields


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height


print(Rect(2, 3))


@dataclass
class Account:
    owner: str
    balance: int = 0
    opening_bonus: InitVar[int] = 0
    history: list = field(default_factory=list, repr=False)

    def __post_init__(self, opening_bonus):
        if opening_bonus:
            self.balance += opening_bonus
            self.history.append(("bonus", opening_bonus))


acct = Account("ann", 10, 5)
print(acct, acct.history)
print(Account("bob"))
print([f.name for f in fields(Account)])
print(list(Account.__dataclass_fields__))
print(Account.__dataclass_fields__["opening_bonus"]._field_type)
print(Account.opening_bonus)
print(hasattr(acct, "opening_bonus"))
print(InitVar[int], InitVar[list], InitVar["Rect"], InitVar[list[int]])
print(type(InitVar[int]).__name__, InitVar[int].type)


@dataclass
class NoDefault:
    secret: InitVar[str]
    shown: str = ""

    def __post_init__(self, secret):
        self.shown = "*" * len(secret)


n = NoDefault("abc")
print(n, n.__match_args__)
try:
    NoDefault()
except TypeError as e:
    print(e)


@dataclass
class Validated:
    name: str
    age: int

    def __post_init__(self):
        if self.age < 0:
            raise ValueError(f"age must be >= 0, got {self.age}")
        self.name = self.name.title()


print(Validated("jane doe", 30))
try:
    Validated("x", -1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Base:
    x: int

    def __post_init__(self):
        print("Base post init", self.x)


@dataclass
class Child(Base):
    y: int = 0

    def __post_init__(self):
        super().__post_init__()
        print("Child post init", self.y)


Child(1, 2)


@dataclass
class Inherits(Base):
    z: int = 5


Inherits(7)


def factory_in_initvar():
    @dataclass
    class Bad:
        v: InitVar[list] = field(default_factory=list)


try:
    factory_in_initvar()
except TypeError as e:
    print(e)
