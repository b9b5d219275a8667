from dataclasses import dataclass, field


@dataclass
class Box:
    value: object
    label: str = field(default="", compare=False)


nan = float("nan")
print(Box(nan) == Box(nan))
print(Box(1) == Box(1.0), Box([1]) == Box([1]), Box(1, "a") == Box(1, "b"))
print(Box(1) == 1, Box(1).__eq__(1), Box(1).__ne__(1))


@dataclass
class Other:
    value: object
    label: str = ""


print(Box(1) == Other(1))


class SubBox(Box):
    pass


print(Box(1) == SubBox(1), SubBox(1) == SubBox(1))


class Wild:
    def __eq__(self, other):
        return "wild"


print(Box(Wild()) == Box(Wild()))


@dataclass(eq=False)
class Identity:
    value: int


a = Identity(1)
print(a == Identity(1), a == a, Identity.__eq__ is object.__eq__, hash(a) == object.__hash__(a))


@dataclass
class Custom:
    x: int

    def __eq__(self, other):
        return True


print(Custom(1) == Custom(2), Custom.__hash__)
