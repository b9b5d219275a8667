class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


double = Multiplier(2)
print(double(21), callable(double), list(map(Multiplier(3), [1, 2, 3])))
print(sorted(["bb", "a", "ccc"], key=Multiplier(1).__call__))


class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return f"call #{self.count} args={args} kwargs={kwargs}"


c = Counter()
print(c())
print(c(1, 2, key="v"))
print(c.count)


class Compose:
    def __init__(self, *funcs):
        self.funcs = funcs

    def __call__(self, value):
        for f in reversed(self.funcs):
            value = f(value)
        return value


pipeline = Compose(str, Multiplier(10), abs)
print(repr(pipeline(-4)))


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
five, text = 5, "text"
try:
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    text()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable), callable(NotCallable()), callable(print), callable(None))


class InstanceCallAttr:
    pass


obj = InstanceCallAttr()
obj.__call__ = lambda: "instance attribute"
try:
    obj()
except TypeError as e:
    print("TypeError:", e)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), len(fib.cache), type(fib).__name__)
