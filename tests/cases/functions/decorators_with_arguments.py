def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        return wrapper
    return decorator

@repeat(3)
def greet(name):
    """Say hello."""
    return "hi " + name

print(greet("bob"))
print(greet.__name__, greet.__doc__)

def prefix(p="> "):
    def deco(f):
        def w(s):
            return p + f(s)
        return w
    return deco

@prefix()
def upper(s):
    return s.upper()

@prefix("## ")
def lower(s):
    return s.lower()

print(upper("abc"), lower("XYZ"))

def validate(**types):
    def deco(f):
        def w(**kwargs):
            for k, v in kwargs.items():
                if not isinstance(v, types[k]):
                    raise TypeError(f"{k} must be {types[k].__name__}, got {type(v).__name__}")
            return f(**kwargs)
        return w
    return deco

@validate(x=int, y=str)
def combine(x, y):
    return y * x

print(combine(x=3, y="ab"))
try:
    combine(x="3", y="ab")
except TypeError as e:
    print(type(e).__name__, e)

class Tag:
    def __init__(self, name):
        self.name = name
    def __call__(self, f):
        def w():
            return f"<{self.name}>{f()}</{self.name}>"
        return w

@Tag("p")
def para():
    return "text"

print(para())
