from enum import Flag
class Opt(Flag):
    NONE = 0
    A = 1
    B = 2
print(list(Opt), repr(Opt.NONE), repr(Opt(0)), Opt(0) is Opt.NONE)
print(repr(~Opt.NONE), repr(~Opt.A), list(Opt.NONE), len(Opt.NONE), bool(Opt.NONE))
print(Opt.NONE in Opt.A, Opt.A | Opt.B in Opt(3))
