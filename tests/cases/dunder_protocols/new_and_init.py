class Singleton:
    _instance = None

    def __new__(cls, *args):
        print(f"  __new__({cls.__name__}, {args})")
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print(f"  __init__({value})")
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Weird:
    def __new__(cls):
        return "not a Weird"

    def __init__(self):
        print("never called")


w = Weird()
print(w, type(w).__name__)


class PositiveInt(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))


p = PositiveInt(-7)
print(p, type(p).__name__, p + 1, isinstance(p, int))


class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = UpperStr("hello")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point{tuple(self)}"


pt = Point(3, 4)
print(pt, pt.x, pt[1], len(pt), pt == (3, 4), list(pt))


class Tracked:
    count = 0

    def __init__(self):
        Tracked.count += 1
        self.id = Tracked.count


objs = [Tracked() for _ in range(3)]
print([o.id for o in objs], Tracked.count)


class Child(Tracked):
    def __init__(self):
        pass


print(hasattr(Child(), "id"), Tracked.count)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
