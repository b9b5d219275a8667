class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
    def __bool__(self):
        print("  bool called")
        return True
a, b, c = Loud(1), Loud(2), Loud(0)
print("a < b < c:")
print(a < b < c)
print("c < a < b:")
print(c < a < b)
print("b < c < a:")
print(b < c < a)
x = 5
print(0 < x <= 5 != 6 > 1 >= 1 == 1.0 in [1.0] not in [[]] is not None)
print(1 < 2 < 3 < 4 < 5 < 4)
