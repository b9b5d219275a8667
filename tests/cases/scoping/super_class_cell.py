class Base:
    def hello(self):
        return f"Base.hello from {type(self).__name__}"

    @classmethod
    def make(cls):
        return f"Base.make -> {cls.__name__}"


class Child(Base):
    def hello(self):
        return "Child+" + super().hello()

    @classmethod
    def make(cls):
        return "Child+" + super().make()

    def which_class(self):
        return __class__.__name__

    def nested_super(self):
        def inner():
            return super(Child, self).hello()
        return inner()

    def lambda_super(self):
        return (lambda: super(Child, self).hello())()


class GrandChild(Child):
    def hello(self):
        return "GrandChild+" + super().hello()


g = GrandChild()
print(g.hello())
print(GrandChild.make())
print(g.which_class(), Child().which_class())
print(g.nested_super())
print(g.lambda_super())


def outside(self):
    return super(Child, self).hello()


Child.outside = outside
print(g.outside())


class NoArgs:
    def m(self):
        def inner():
            return super().m()
        try:
            return inner()
        except RuntimeError as e:
            return f"RuntimeError: {e}"


print(NoArgs().m())


class UsesClassName:
    count = 0

    def bump(self):
        UsesClassName.count += 1
        __class__.count += 10
        return UsesClassName.count


u = UsesClassName()
print(u.bump(), u.bump())
