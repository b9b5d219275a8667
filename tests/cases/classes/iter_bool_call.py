class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(4)), sum(Countdown(4)), 3 in Countdown(4))

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on

print(bool(Flag(True)), not Flag(False))
if Flag(True) and Flag(False):
    print("both")
else:
    print("not both")
print(Flag(False) or "fallback")

class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), "truthy" if Sized() else "falsy")

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times

add5 = Adder(5)
print(add5(1), add5(1, times=3), list(map(add5, [1, 2, 3])))

class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print(type(e).__name__, e)
