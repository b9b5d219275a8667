from typing import Annotated, Optional, get_args, get_origin, get_type_hints


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(Annotated, Annotated[int, "meta", 3], Annotated[Annotated[int, 1], 2])
print(Annotated[int, 1].__metadata__, Annotated[int, 1].__origin__)
print(get_origin(Annotated[int, 1]), get_args(Annotated[int, 1, "x"]))
attempt(lambda: Annotated[int])
attempt(lambda: Annotated())
print(Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
def f(x: Annotated[Optional[int], "m"] = None) -> Annotated[str, "out"]:
    return ""
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
def sub():
    class X(Annotated):
        pass
attempt(sub)
