from dataclasses import dataclass, field


def attempt(label, build):
    try:
        build()
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: no error")


def non_default_after_default():
    @dataclass
    class A:
        x: int = 0
        y: int


def non_default_after_default_init_false():
    @dataclass
    class A:
        x: int = 0
        y: int = field(init=False)


def non_default_no_init():
    @dataclass(init=False)
    class A:
        x: int = 0
        y: int


def field_without_annotation():
    @dataclass
    class A:
        x: int
        y = field(default=3)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int


def overwrite_lt():
    @dataclass(order=True)
    class A:
        x: int

        def __lt__(self, other):
            return True


def overwrite_setattr():
    @dataclass(frozen=True)
    class A:
        x: int

        def __setattr__(self, name, value):
            pass


def overwrite_delattr():
    @dataclass(frozen=True)
    class A:
        x: int

        def __delattr__(self, name):
            pass


def unsafe_hash_with_hash():
    @dataclass(unsafe_hash=True)
    class A:
        x: int

        def __hash__(self):
            return 1


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class A:
        x: int


def double_kw_only():
    from dataclasses import KW_ONLY

    @dataclass
    class A:
        a: int
        _: KW_ONLY
        b: int
        c: KW_ONLY
        d: int


def subclass_non_default():
    @dataclass
    class Base:
        x: int = 1

    @dataclass
    class Child(Base):
        y: int


for name, build in list(globals().items()):
    if callable(build) and name not in ("attempt", "dataclass", "field"):
        attempt(name, build)
