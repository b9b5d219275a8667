import abc
from dataclasses import dataclass


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def __repr__(self):
        ...


@dataclass
class Square(Shape):
    side: float = 1.0

    def area(self):
        return self.side ** 2


print(Square(3), Square(3).area(), sorted(Square.__abstractmethods__))


@dataclass(repr=False)
class Incomplete(Shape):
    side: float = 1.0

    def area(self):
        return 0


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Incomplete.__abstractmethods__))


class Comparable(abc.ABC):
    @abc.abstractmethod
    def __eq__(self, other):
        ...


@dataclass
class Money(Comparable):
    cents: int


print(Money(5) == Money(5), isinstance(Money(1), Comparable))
