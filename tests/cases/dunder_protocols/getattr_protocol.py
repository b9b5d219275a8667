class Config:
    def __init__(self, **values):
        self._values = values

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"config has no setting {name!r}") from None


c = Config(host="localhost", port=8080)
print(c.host, c.port)
print(c._values is not None)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "nope", "default"), hasattr(c, "host"), hasattr(c, "nothing"))


class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)


r = Recorder()
r.x = 1
r.y = [2]
r.x += 10
del r.y
print(r.log, r.x, vars(r))
try:
    del r.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Everything:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return f"attr:{name}"


e = Everything()
print(e.anything, e.x, getattr(e, "y"))
try:
    e.secret_key
except AttributeError as err:
    print("AttributeError:", err)


class Fallback:
    real = "real value"

    def __getattribute__(self, name):
        if name == "broken":
            raise AttributeError("broken via getattribute")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"


f = Fallback()
print(f.real, f.broken, f.other)


class Slots:
    __slots__ = ("a",)


s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    Slots().a
except AttributeError as e:
    print("AttributeError:", e)
print(dir(Config(x=1)) == sorted(dir(Config(x=1))), "host" in dir(c))
