from typing import Literal, get_args, get_origin


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(Literal[1, "a", None], Literal[1], Literal[int])
print(Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1], Literal[1, 1], Literal[True] == Literal[1])
print(Literal[Literal[1, 2], 3], get_args(Literal["r", "w"]), get_origin(Literal[1]))
print(Literal[1] | Literal[2], Literal[1].__args__)
attempt(lambda: isinstance(1, Literal[1]))
attempt(lambda: Literal())
Mode = Literal["r", "w"]
def open_it(mode: Mode) -> str:
    return mode
print(open_it("r"), open_it.__annotations__)
