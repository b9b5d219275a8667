def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

counter = 0
def make_default():
    global counter
    counter += 1
    return counter

def f(x=make_default()):
    return x

print(f(), f(), f(10), f())
print("counter:", counter)

def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b

print(g(1), g(2))
print(f.__defaults__)
print(append_to.__defaults__)
