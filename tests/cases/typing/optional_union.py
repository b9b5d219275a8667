from typing import Optional, Union


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(Optional[int], Union[int, str], Union[int, None, str], Union[None, int])
print(Union[int], Union[int, int], Optional[Union[int, str]], Union[int, Union[str, float]])
print(Optional[None], Union[None])
attempt(lambda: Optional[int, str])
attempt(lambda: Union[()])
attempt(lambda: Union())
attempt(lambda: Union[int, str] == Union[str, int])
attempt(lambda: hash(Union[int, str]) == hash(Union[str, int]))
attempt(lambda: Union[int, str].__args__)
attempt(lambda: Union[int, str].__origin__)
