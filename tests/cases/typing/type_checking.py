import typing
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    import does_not_exist
print(TYPE_CHECKING, typing.TYPE_CHECKING)

def f(x: "does_not_exist.Thing") -> None:
    print("called with", x)

f(1)
print(f.__annotations__)
