class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, name):
        print("  __getattr__", name)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        self._fields[name] = value

    def __delattr__(self, name):
        print("  __delattr__", name)
        del self._fields[name]

r = Record(a=1, b=2)
print(r.a)
r.c = 3
print(r._fields)
del r.a
try:
    r.a
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(r, "zzz", "default"))
print(hasattr(r, "b"), hasattr(r, "q"))

class Tracked:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError("hidden: " + name)
        return object.__getattribute__(self, name)

t = Tracked()
t.secret_key = 1
t.public = 2
print(t.public)
try:
    t.secret_key
except AttributeError as e:
    print(type(e).__name__, e)
