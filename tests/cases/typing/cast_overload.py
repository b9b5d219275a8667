from typing import cast, overload, get_overloads, List, Union


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)



print(cast(int, "x"), cast("List[int]", [1]), cast(List[str], 3))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2

print(double(2), double("ab"), len(get_overloads(double)))

@overload
def lonely(x: int) -> int: ...

attempt(lambda: lonely(1))

class K:
    @overload
    def m(self, x: int) -> int: ...
    @overload
    def m(self, x: str) -> str: ...
    def m(self, x):
        return x

print(K().m(3), [f.__qualname__ for f in get_overloads(K.m)])
