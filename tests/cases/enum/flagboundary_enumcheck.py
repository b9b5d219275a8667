from enum import FlagBoundary, EnumCheck, STRICT, CONFORM, EJECT, KEEP, UNIQUE
print(list(FlagBoundary))
print([str(b) for b in (STRICT, CONFORM, EJECT, KEEP)], repr(UNIQUE), str(UNIQUE))
print(FlagBoundary('keep'), FlagBoundary.KEEP == 'keep')
