class Dog:
    tricks = []
    kind = "canine"
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1
        self.number = Dog.count

    def add_trick(self, trick):
        self.tricks.append(trick)


a, b = Dog("fido"), Dog("buddy")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, Dog.tricks is a.tricks)

a.kind = "wolf?"
print(a.kind, b.kind, Dog.kind, "kind" in vars(a), "kind" in vars(b))
del a.kind
print(a.kind)

Dog.kind = "good boy"
print(a.kind, b.kind)
print(a.number, b.number, Dog.count, a.count)

a.count += 100
print(a.count, b.count, Dog.count)


class Cat:
    def __init__(self, name):
        self.name = name
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)


c, d = Cat("tom"), Cat("kitty")
c.add_trick("ignore you")
print(c.tricks, d.tricks)


class Config:
    defaults = {"debug": False}

    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)


x = Config(debug=True)
y = Config()
print(x.settings, y.settings, Config.defaults)


class Counter:
    total = 0

    def inc(self):
        self.total += 1
        return self.total


p, q = Counter(), Counter()
print(p.inc(), p.inc(), q.inc(), Counter.total)


class Sub(Dog):
    kind = "subdog"


s = Sub("rex")
print(s.kind, s.tricks, Sub.count, Dog.count, s.number)
