from enum import Enum
class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i
print(list(Period), hasattr(Period, 'i'))
class Ord(Enum):
    _order_ = 'A B C'
    A = 1
    B = 2
    C = 3
print(list(Ord))
try:
    class Wrong(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)
