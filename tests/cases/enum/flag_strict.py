from enum import Flag, STRICT, FlagBoundary
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm._boundary_, Perm._boundary_ is STRICT, FlagBoundary.STRICT == 'strict')
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    Perm('r')
except ValueError as e:
    print("ValueError:", e)
print(repr(Perm(-1)), repr(Perm(-3)))
