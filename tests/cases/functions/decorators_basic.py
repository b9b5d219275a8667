def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(2, 3)
print(add.__name__)

def bold(f):
    return lambda: "<b>" + f() + "</b>"

def italic(f):
    return lambda: "<i>" + f() + "</i>"

@bold
@italic
def text():
    return "hello"

print(text())

registry = []
def register(f):
    registry.append(f.__name__)
    return f

@register
def alpha(): pass

@register
def beta(): pass

print(registry)
print(alpha is not None)

def count_calls(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper

@count_calls
def square(n):
    return n * n

print([square(i) for i in range(4)], square.calls)
