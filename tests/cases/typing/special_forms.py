from typing import *


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for form in [NoReturn, Never, Self, LiteralString, TypeAlias, Concatenate, TypeGuard, Required, NotRequired, Unpack, ClassVar, Final, Union, Optional, Literal]:
    print(repr(form), type(form).__name__)
attempt(lambda: NoReturn())
attempt(lambda: isinstance(1, NoReturn))
attempt(lambda: issubclass(int, Never))
def sub():
    class X(Union):
        pass
attempt(sub)
print(TypeGuard[int], Optional[NoReturn])
Vector: TypeAlias = List[float]
print(Vector, __annotations__)
