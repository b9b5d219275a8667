from typing import TypeVar, List, Dict, Callable, Union, Optional, Tuple


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T")
S = TypeVar("S")
print(List[T], List[T][int], Dict[T, S][int, str], Dict[str, T][int])
print(Callable[[T], S][int, str], Union[T, int][str], Optional[T][int])
print(Dict[str, List[T]][bytes], Tuple[T, ...][int])
print(Dict[T, List[S]].__parameters__)
attempt(lambda: Dict[T, S][int])
