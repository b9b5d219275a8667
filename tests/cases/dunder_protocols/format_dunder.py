class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.celsius, "F": self.celsius * 9 / 5 + 32, "K": self.celsius + 273.15}[unit]
        return format(value, num_spec or ".1f") + "°" + unit

    def __str__(self):
        return f"{self.celsius}C"


t = Temperature(21.5)
print(f"{t}", f"{t:F}", f"{t:.3K}", f"{t:>10.0f}")
print(format(t), format(t, "F"), "{:C} / {:F}".format(t, t), str(t), f"{t!s}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "words":
            return f"{self.cents // 100} dollars and {self.cents % 100} cents"
        return f"${self.cents / 100:{spec or ',.2f'}}"


m = Money(1234567)
print(f"{m}", f"{m:words}", f"{m:.0f}", f"[{m:>15,.2f}]")
width = 12
print(f"[{m:>{width}.1f}]")


class NoFormat:
    def __str__(self):
        return "plain"


print(f"{NoFormat()}", format(NoFormat()), f"{NoFormat()!s:>8}|")
try:
    f"{NoFormat():>8}"
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 123


try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if spec.startswith("polar"):
            return "polar!"
        return f"({self.x:{spec}}, {self.y:{spec}})"


print(f"{Point(1, 2.5):.2f}", f"{Point(3, 4):>4}", "{0:05}".format(Point(7, 8)))
for value, spec in [(255, "x"), (255, "#o"), (3.14159, ".2e"), (0.25, "%"), ("hi", "^6"), (True, "d"), (-7, "+05")]:
    print(repr(value), repr(spec), "->", repr(format(value, spec)))
