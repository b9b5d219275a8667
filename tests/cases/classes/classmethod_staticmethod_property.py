class Temperature:
    count = 0

    def __init__(self, celsius):
        self._celsius = celsius
        Temperature.count += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_valid(c):
        return c >= -273.15

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
f = Temperature.from_fahrenheit(212)
print(type(f).__name__, f.celsius)
print(Temperature.is_valid(-500), t.is_valid(20))
print(Temperature.count)

class SubTemp(Temperature):
    pass
s = SubTemp.from_fahrenheit(32)
print(type(s).__name__, s.celsius)
print(type(Temperature.__dict__["celsius"]).__name__)
print(type(Temperature.__dict__["from_fahrenheit"]).__name__)
print(type(Temperature.__dict__["is_valid"]).__name__)

class Lazy:
    @property
    def broken(self):
        raise KeyError("inside property")
try:
    Lazy().broken
except KeyError as e:
    print(type(e).__name__, e)
