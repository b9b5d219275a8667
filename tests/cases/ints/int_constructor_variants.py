class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 9
class WithBoth:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
print(int(WithInt()), int(WithIndex()), int(WithBoth()))
print(int(), int(0.9999), int(-0.9999), int(2.5e10), int(1e300) % 1000)
print(type(int(True)).__name__, int(False))
class MyInt(int):
    pass
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, type(m).__name__, isinstance(m, int))
print(int(m), type(int(m)).__name__)
class Celsius(int):
    def __repr__(self):
        return f"{int(self)}°C"
t = Celsius(21)
print(repr(t), str(t), t * 2, f"{t}")
print(int("  -0b101  ", 0), int("0x_ff", 16), int("0_7", 8))
