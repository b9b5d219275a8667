from typing import Tuple, get_args


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(Tuple, Tuple[int, str], Tuple[int, ...], Tuple[()])
print(get_args(Tuple[int, ...]), get_args(Tuple[()]), get_args(Tuple[int, str]))
attempt(lambda: Tuple[int, ...][str])
