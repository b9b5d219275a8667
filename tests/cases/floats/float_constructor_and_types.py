class Temp:
    def __float__(self):
        return 36.6
class Idx:
    def __index__(self):
        return 3
print(float(Temp()), float(Idx()), float("  -12.5e-1 "))
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
m = Meters(2.5)
print(repr(m), m + 1, type(m + 1).__name__, isinstance(m, float), f"{m}", str(m))
print(float.__name__, type(1.0) is float, isinstance(1, float))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return "nope"
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
print(float("1e-7"), float("-0"), float("0e0"), float("1" + "0" * 30))
