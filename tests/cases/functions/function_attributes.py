def documented(a, b: int = 2, *args, c: str = "x", **kw) -> bool:
    """Return something.

    More details here.
    """
    return True

print(documented.__name__)
print(documented.__qualname__)
print(repr(documented.__doc__))
print(documented.__defaults__)
print(documented.__kwdefaults__)
print(documented.__annotations__)
print(documented.__module__)

def nodoc():
    pass

print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)

class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass

print(Outer.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.Nested.deep.__qualname__)
print(Outer.Nested.__qualname__, Outer.Nested.__name__)

lam = lambda x: x
print(lam.__name__, lam.__qualname__)

def factory():
    def made():
        pass
    return made

print(factory().__qualname__)
documented.custom = 42
print(documented.custom)
nodoc.__defaults__ = None
def setdef(a, b):
    return a, b
setdef.__defaults__ = (9,)
print(setdef(1))
