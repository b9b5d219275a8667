from typing import NamedTuple


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def order():
    class B(NamedTuple):
        x: int = 1
        y: int
attempt(order)
def order2():
    class B(NamedTuple):
        x: int = 1
        y: int = 2
        z: int
attempt(order2)
def underscore():
    class B(NamedTuple):
        _x: int
attempt(underscore)
def mixed():
    class B(NamedTuple, int):
        pass
attempt(mixed)
def overwrite():
    class B(NamedTuple):
        x: int
        def _asdict(self):
            return 1
attempt(overwrite)
