class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, exp, mod=None):
        print(f"  __pow__({exp}, {mod})")
        return Mod(pow(self.v, exp, mod)) if mod else Mod(self.v ** exp)

    def __rpow__(self, base):
        return Mod(base ** self.v)

    def __divmod__(self, other):
        return (Mod(self.v // other), Mod(self.v % other))

    def __floordiv__(self, other):
        return Mod(self.v // other)

    def __mod__(self, other):
        return Mod(self.v % other)

    def __matmul__(self, other):
        return f"{self.v}@{other}"

    def __imatmul__(self, other):
        return Mod(self.v * 1000 + other)

    def __repr__(self):
        return f"Mod({self.v})"


m = Mod(7)
print(m ** 2, pow(m, 2), pow(m, 100, 13), 2 ** Mod(10))
print(divmod(m, 3), m // 2, m % 4, m @ "x")
m @= 5
print(m)
print(pow(3, 4, 5), pow(2, -1, 7), pow(-2, 3), pow(2.0, 0.5), divmod(-7, 2), divmod(7.5, 2))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [1] @ [2]
except TypeError as e:
    print("TypeError:", e)
try:
    pow(Mod(2), 2, Mod(3))
except TypeError as e:
    print("TypeError:", e)
