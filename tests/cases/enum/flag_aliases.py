from enum import Flag
class Mode(Flag):
    A = 3
    B = 4
print(Mode._member_names_, list(Mode), repr(Mode(7)), repr(Mode(1)))
class W(Flag):
    A = 1
    B = 2
    ABC = 7
print(repr(W(7)), repr(W(4)))
try:
    W(5)
except ValueError as e:
    print("ValueError:", e)
