class Counter:
    """A simple counter."""
    step = 1

    def __init__(self, start=0):
        self.value = start

    def increment(self):
        self.value += self.step
        return self

    def reset(self):
        self.value = 0

c = Counter(5)
c.increment().increment()
print(c.value)
c.reset()
print(c.value)
print(Counter.__doc__, Counter.__name__, Counter.__qualname__)
print(type(c).__name__, type(c) is Counter, c.__class__ is Counter)
print(Counter.increment(c).value)
m = c.increment
print(m.__self__ is c, m.__func__ is Counter.increment)
m(); m()
print(c.value)
c.step = 10
c.increment()
print(c.value, Counter.step)
print(sorted(vars(c).items()))
print(c.__dict__)
