from dataclasses import dataclass


@dataclass(frozen=True)
class Frozen:
    x: int


@dataclass
class Thawed:
    x: int


for label, base, frozen in [("frozen->plain", Frozen, False), ("plain->frozen", Thawed, True),
                            ("frozen->frozen", Frozen, True), ("plain->plain", Thawed, False)]:
    try:
        @dataclass(frozen=frozen)
        class Child(base):
            y: int = 0
    except TypeError as e:
        print(label, "TypeError:", e)
    else:
        print(label, "ok", Child(1))


class PlainFromFrozen(Frozen):
    pass


@dataclass(frozen=True)
class Grandchild(PlainFromFrozen):
    z: int = 0


print(Grandchild(1, 2))


class Unrelated:
    pass


@dataclass(frozen=True)
class FrozenFromPlain(Unrelated):
    a: int


print(FrozenFromPlain(1))
