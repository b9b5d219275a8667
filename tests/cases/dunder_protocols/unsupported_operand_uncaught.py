class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __repr__(self):
        return f"{self.v}m"


total = Meters(3) + Meters(4)
print(total)
print(sum([Meters(1), Meters(2)], Meters(0)))
print(sum([Meters(1), Meters(2)]))
