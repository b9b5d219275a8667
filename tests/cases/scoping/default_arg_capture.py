value = "original"


def show(v=value):
    return v


value = "changed"
print(show(), value)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)


def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_safe(1), append_safe(2))

calls = []


def make_default():
    calls.append("evaluated")
    return len(calls)


def f(x=make_default()):
    return x


print(f(), f(), calls)


def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]


print(counter(), counter(), counter())


def kwonly(*, scale=[1]):
    scale[0] *= 2
    return scale[0]


print(kwonly(), kwonly(), kwonly.__kwdefaults__)

funcs = {}
for name in ("a", "b"):
    def handler(prefix=name):
        return prefix * 2
    funcs[name] = handler
print(funcs["a"](), funcs["b"]())


def outer():
    local = 5

    def inner(x=local):
        return x
    local = 6
    return inner(), (lambda: local)()


print(outer())

show.__defaults__ = ("patched",)
print(show())
