from enum import Enum
class Mixed(int, Enum):
    A = 1
    B = 2
print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A + Mixed.B, Mixed.B * 2)
class Text(str, Enum):
    X = 'ex'
print(repr(Text.X), str(Text.X), Text.X.upper(), Text.X == 'ex')
class Real(float, Enum):
    PI = 3.14
print(repr(Real.PI), Real.PI * 2, isinstance(Real.PI, float))
