from typing import List, Dict, TypeVar


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T")
print(List.__origin__, List[int].__origin__, List[int].__args__, List[T].__parameters__)
attempt(lambda: List.__args__)
print(List.__name__, List[int].__name__, List[int].__module__)
print(List[int].append)
print(Dict[str, int].fromkeys("ab"))
