from typing import ParamSpec, Callable, Concatenate, TypeVar, Generic, get_args


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


P = ParamSpec("P")
R = TypeVar("R")
print(P, P.args, P.kwargs, P.__name__, P.args.__origin__ is P)
print(Callable[P, int], Concatenate[int, P], Callable[Concatenate[int, P], int])
print(get_args(Callable[Concatenate[int, P], int]))
attempt(lambda: Concatenate[int])
attempt(lambda: Concatenate[()])

class Dec(Generic[P]):
    pass

print(Dec[[int, str]], Dec[...])

def logged(func: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return inner

@logged
def add(a: int, b: int) -> int:
    return a + b

print(add(2, 3))
