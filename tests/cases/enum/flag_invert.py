from enum import Flag
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(repr(~Perm.R), repr(~Perm.RWX), repr(~(Perm.R | Perm.W)), repr(~Perm(0)))
print(list(Perm), Perm._member_names_, list(Perm.__members__))
print(repr(Perm.RWX), list(Perm.RWX), repr(Perm(7)), repr(Perm(5)))
