class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def greet(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def greet(self):
        return "Left>" + super().greet()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def greet(self):
        return "Right>" + super().greet()

class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.trail.append("Child")

    def greet(self):
        return "Child>" + super().greet()

c = Child()
print(c.trail)
print(c.greet())
print(super(Left, c).greet())
print(super(Child, c).greet())
print([k.__name__ for k in Child.__mro__])

class Mixin:
    def describe(self):
        return "Mixin+" + super().describe()

class Thing:
    def describe(self):
        return "Thing"

class Combined(Mixin, Thing):
    pass

print(Combined().describe())
