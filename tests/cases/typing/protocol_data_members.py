from typing import Protocol, runtime_checkable


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)



@runtime_checkable
class HasX(Protocol):
    x: int

class WithX:
    def __init__(self):
        self.x = 1

attempt(lambda: isinstance(WithX(), HasX))
attempt(lambda: isinstance(object(), HasX))
attempt(lambda: issubclass(WithX, HasX))

@runtime_checkable
class Named(Protocol):
    name: str
    def greet(self) -> str: ...

class Person:
    name = "Ann"
    def greet(self):
        return "hi " + self.name

class Mute:
    name = "Bob"
    greet = None

print(isinstance(Person(), Named), isinstance(Mute(), Named), isinstance("x", Named))
