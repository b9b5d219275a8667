from typing import ClassVar, Final, final


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(ClassVar, Final, ClassVar[int], Final[int], Final["x"])

class Config:
    limit: ClassVar[int] = 10
    NAME: Final = "cfg"

print(Config.__annotations__, Config.limit)

@final
class Leaf:
    pass

@final
def done():
    return 1

print(Leaf.__final__, done.__final__, done())
attempt(lambda: ClassVar())
def sub():
    class X(ClassVar):
        pass
attempt(sub)
