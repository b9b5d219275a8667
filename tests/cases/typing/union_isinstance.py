from typing import Optional, Union, List


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: isinstance(1, Union[int, str]))
attempt(lambda: isinstance(1.5, Optional[int]))
attempt(lambda: isinstance(None, Optional[int]))
attempt(lambda: issubclass(bool, Union[int, str]))
attempt(lambda: isinstance(1, Union))
attempt(lambda: isinstance([], Union[List[int], int]))
