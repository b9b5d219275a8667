import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f'-> {func.__name__}{args}')
        return func(*args, **kwargs)
    return wrapper


@trace
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__, add.__wrapped__.__name__, add.__wrapped__(1, 1))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def plain():
    pass


plain.custom = 'value'


def outer():
    pass


functools.update_wrapper(outer, plain)
print(outer.__name__, outer.custom, outer.__wrapped__ is plain)


def only_name(f):
    def w():
        return f()
    return functools.update_wrapper(w, f, assigned=('__name__',), updated=())


@only_name
def documented():
    "docs"
    return 'ran'


print(documented.__name__, documented.__doc__, documented(), documented.__qualname__.split('.')[-1])


class Callable:
    def __call__(self):
        return 'called'


obj = Callable()
w = functools.update_wrapper(lambda: obj(), obj)
print(w.__name__, w.__wrapped__ is obj, w())


def stacked(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a) * 2
    return inner


@stacked
@stacked
def three():
    return 3


print(three(), three.__name__, three.__wrapped__.__wrapped__.__name__)
