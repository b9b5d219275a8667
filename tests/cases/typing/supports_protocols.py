from typing import SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex
print(SupportsInt, SupportsAbs[int])
for v in [3, "3", 3.0, b"x", 1j, [1]]:
    print(repr(v), isinstance(v, SupportsInt), isinstance(v, SupportsFloat), isinstance(v, SupportsIndex),
          isinstance(v, SupportsAbs), isinstance(v, SupportsRound), isinstance(v, SupportsBytes),
          isinstance(v, SupportsComplex))
print(issubclass(int, SupportsRound), issubclass(str, SupportsInt))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __int__(self):
        return self.cents // 100

print(isinstance(Money(250), SupportsInt), int(Money(250)))
