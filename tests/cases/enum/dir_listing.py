from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    def shade(self):
        return self.value
print(dir(Color))
print(dir(Color.RED))
