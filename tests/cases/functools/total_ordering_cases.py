from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c, b > a)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b))
try:
    a < 3
except TypeError as e:
    print('TypeError:', e)
try:
    a >= 'x'
except TypeError as e:
    print('TypeError:', e)


@total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


print(Score(1) < Score(2), Score(2) <= Score(2), Score(3) >= Score(4), Score(1) > Score(0))


@total_ordering
class OnlyGe:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v


print(OnlyGe(1) < OnlyGe(2), OnlyGe(2) > OnlyGe(2), OnlyGe(1) <= OnlyGe(1))


@total_ordering
class OnlyLe:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v


print(OnlyLe(1) < OnlyLe(2), OnlyLe(2) > OnlyLe(2), OnlyLe(3) >= OnlyLe(1))
print(Version.__gt__.__name__, Version.__lt__.__name__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)
