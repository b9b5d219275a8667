from typing import TypedDict, Required, NotRequired


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)



class Opt(TypedDict, total=False):
    a: int
    b: Required[str]

print(sorted(Opt.__required_keys__), sorted(Opt.__optional_keys__), Opt.__annotations__, Opt.__total__)

class Base(TypedDict):
    name: str
    year: int

class Sub(Base, total=False):
    rating: float
    extra: NotRequired[int]

print(sorted(Sub.__required_keys__), sorted(Sub.__optional_keys__), Sub.__annotations__, Sub.__total__)

class Again(Sub):
    rating: Required[float]

print(sorted(Again.__required_keys__), sorted(Again.__optional_keys__))
def bad():
    class X(TypedDict, int):
        pass
attempt(bad)
print(Required[int], NotRequired[str])
attempt(lambda: Required[int, str])
