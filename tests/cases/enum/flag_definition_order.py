from enum import Flag
class S(Flag):
    C = 4
    A = 1
    B = 2
print(list(S), list(S(7)), repr(S(7)), str(S(3)), list(reversed(S)))
print(S(3) is (S.A | S.B), S(3) == S.A | S.B)
