from enum import IntFlag
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm.R | Perm.W == 6)
print(repr(Perm.R | 8), repr(Perm(8)), repr(~Perm.R), repr(Perm.R + 1), Perm.R + 1)
print(repr(7 & Perm.R), repr(Perm.R ^ 5), format(Perm.R), f"{Perm.R | Perm.X:03b}")
print(isinstance(Perm.R, int), int(Perm.R | Perm.X), repr(Perm(0)), str(Perm(0)))
print(list(Perm(7)), list(Perm(12)), repr(Perm(-1)))
