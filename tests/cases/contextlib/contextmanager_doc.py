from contextlib import contextmanager


@contextmanager
def documented(a, b=2):
    """Documented generator."""
    yield a + b


@contextmanager
def undocumented():
    yield


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__wrapped__.__name__)
cm = documented(1)
print(cm.__doc__)
print(undocumented().__doc__)
print(cm.gen.__name__, cm.func.__name__, cm.args, cm.kwds)
with cm as value:
    print(value)
print(hasattr(cm, "func"), hasattr(cm, "args"), hasattr(cm, "gen"))
print(documented(1, b=5).kwds)
