from enum import Enum, Flag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck
print(list(EnumCheck))
try:
    @verify(UNIQUE)
    class A(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class B(Enum):
        X = 1
        Y = 2
        Z = 5
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class C(Flag):
        R = 1
        W = 2
        ALL = 7
except ValueError as e:
    print("ValueError:", e)
@verify(UNIQUE, CONTINUOUS)
class D(Enum):
    X = 1
    Y = 2
print(list(D))
