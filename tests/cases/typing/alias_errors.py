from typing import List, Dict, ClassVar, Final, Generic, Protocol, Any, NoReturn, Self


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: List[int, str])
attempt(lambda: Dict[int])
attempt(lambda: List[int][str])
attempt(lambda: List[ClassVar[int]])
attempt(lambda: List[Final])
attempt(lambda: List[Generic])
attempt(lambda: List[Protocol])
attempt(lambda: ClassVar[int, str])
attempt(lambda: Final[int, str])
attempt(lambda: Any[int])
attempt(lambda: NoReturn[int])
attempt(lambda: Self[int])
