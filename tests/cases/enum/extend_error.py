from enum import Enum
class Color(Enum):
    RED = 1
try:
    class More(Color):
        BLUE = 2
except TypeError as e:
    print("TypeError:", e)
class Base(Enum):
    def describe(self):
        return f"{self.name} is {self.value}"
class Fruit(Base):
    APPLE = "red"
    BANANA = "yellow"
print(Fruit.APPLE.describe(), Fruit.BANANA.describe())
