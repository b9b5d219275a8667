counter = [0]
def default_factory():
    counter[0] += 1
    return counter[0]
def f(x=default_factory()):
    return x
print(f(), f(), f(10), counter)
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))
def make_multipliers():
    return [lambda x: x * i for i in range(1, 4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(1, 4)]
print([m(10) for m in make_multipliers_fixed()])
def outer():
    fs = []
    for i in range(3):
        def g(i=i):
            return i * i
        fs.append(g)
    return [g() for g in fs]
print(outer())
print(f.__defaults__, append_to.__defaults__, (lambda a, b=2, *, c=3: 0).__kwdefaults__)
