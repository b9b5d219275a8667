def add_greeting(cls):
    cls.greet = lambda self: f"Hello from {type(self).__name__}"
    return cls

@add_greeting
class Person:
    pass

print(Person().greet())

class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))

class PositiveInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)

print(PositiveInt(5) + 1, type(PositiveInt(5)).__name__)
try:
    PositiveInt(-1)
except ValueError as e:
    print(type(e).__name__, e)

class MyList(list):
    def sum(self):
        return sum(self)

m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), len(m), type(m[1:]).__name__)
