class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print(f"  deleting {self.name}")
        delattr(obj, self.storage)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__, sorted(vars(p)))
try:
    p.age = "thirty"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"  computing {self.fn.__name__}")
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return 3 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in vars(c))


class Const:
    def __get__(self, obj, objtype=None):
        return 42


class UsesConst:
    answer = Const()


u = UsesConst()
u.answer = "shadowed"
print(u.answer, UsesConst.answer, UsesConst().answer)


class Prop:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = max(0, v)

    @property
    def readonly(self):
        return "ro"


pr = Prop()
pr.x = -5
print(pr.x)
pr.x = 7
print(pr.x)
try:
    pr.readonly = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Prop.x.fget(pr), isinstance(Prop.__dict__["x"], property))
