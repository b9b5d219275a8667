from enum import Flag, IntFlag, CONFORM, EJECT, KEEP, STRICT
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
class Strict(IntFlag, boundary=STRICT):
    A = 1
print(repr(Conform(7)), repr(Conform(4)))
print(repr(Eject(7)), repr(Eject(3)), type(Eject(7)).__name__)
print(repr(Keep(7)), repr(Keep(4)))
try:
    Strict(6)
except ValueError as e:
    print("ValueError:", e)
