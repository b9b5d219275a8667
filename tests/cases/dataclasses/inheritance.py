from dataclasses import dataclass, field, fields


@dataclass
class Animal:
    name: str
    sound: str = "..."
    legs: int = 4

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True


d = Dog("rex", tricks=["sit"])
print(d, d.speak())
print(Bird("tweety"), Bird("pingu", can_fly=False).speak())
print([f.name for f in fields(Dog)])
print([f.name for f in fields(Bird)])
print(Dog.__doc__)
print(Animal("x") == Dog("x"))


class Plain(Dog):
    def speak(self):
        return "plain " + super().speak()


p = Plain("p")
print(p, p.speak(), type(p).__name__)


@dataclass
class Shadow(Plain):
    extra: int = 0


print(Shadow("s"), Shadow.__mro__[1].__name__)


class Mixin:
    def describe(self):
        return f"<{type(self).__name__} with {len(fields(self))} fields>"


@dataclass
class Mixed(Mixin, Animal):
    owner: str = "nobody"


print(Mixed("m").describe(), Mixed("m"))


@dataclass
class A:
    x: int = 1
    y: int = 2


@dataclass
class B(A):
    x: int = 10


print(B(), [f.name for f in fields(B)], B(3, 4))


@dataclass
class C1:
    a: int = 1


@dataclass
class C2:
    b: int = 2


@dataclass
class Multi(C1, C2):
    c: int = 3


print(Multi(), [f.name for f in fields(Multi)])


class NotData:
    q: int = 7


@dataclass
class FromPlain(NotData):
    r: int = 8


print(FromPlain(), [f.name for f in fields(FromPlain)])
