# A class with a data descriptor: instance dict entries win only for other names.
class Celsius:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0) * 1

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Thermo:
    temp = Celsius()
    label = "class label"

    @property
    def double(self):
        return self.temp * 2

    def method(self):
        return "method"


t = Thermo()
t.temp = 21
t.other = "plain"
print(t.temp, t.double, t.other, t.label)
t.__dict__["temp"] = "shadow?"
t.__dict__["double"] = "shadow?"
print(t.temp, t.double)
t.__dict__["label"] = "instance label"
t.__dict__["method"] = lambda: "instance method"
for _ in range(3):
    print(t.label, t.method(), t.other, t._temp)
Thermo.label = property(lambda self: "now a property")
print(t.label)
del Thermo.label
print(t.label)
