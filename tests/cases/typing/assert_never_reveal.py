import sys
from typing import assert_never, reveal_type, assert_type, Never, NoReturn


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: assert_never(3))
attempt(lambda: assert_never("x" * 200))
sys.stderr = sys.stdout
print(reveal_type(3))
print(reveal_type([1]))
print(assert_type(3, int))

def stop() -> NoReturn:
    raise SystemExit("stopped")

def handle(v: int | str) -> str:
    if isinstance(v, int):
        return "int"
    elif isinstance(v, str):
        return "str"
    else:
        assert_never(v)

print(handle(1), handle("a"))
