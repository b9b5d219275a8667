from typing import Callable, List, get_args


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(Callable, Callable[[int], str], Callable[..., str], Callable[[], None])
print(Callable[[int, str], List[int]], Callable[int, str])
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), Callable[..., str].__args__)
attempt(lambda: Callable[[int]])
attempt(lambda: Callable[int])
attempt(lambda: Callable[[int], str][int])
attempt(lambda: isinstance(len, Callable))
attempt(lambda: isinstance(1, Callable))
attempt(lambda: isinstance(len, Callable[[int], int]))
