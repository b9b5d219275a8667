from typing import List, Dict, Sequence, Iterable, Hashable, Iterator, MutableMapping, Sized


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: List())
attempt(lambda: List[int]())
attempt(lambda: Dict[str, int]())
attempt(lambda: isinstance([], List))
attempt(lambda: isinstance([], List[int]))
attempt(lambda: issubclass(list, Sequence))
attempt(lambda: issubclass(list, Hashable))
attempt(lambda: isinstance(1, Hashable))
attempt(lambda: isinstance(iter([]), Iterator))
attempt(lambda: issubclass(dict, MutableMapping))
attempt(lambda: isinstance("abc", Iterable))
attempt(lambda: isinstance(3, Sized))
