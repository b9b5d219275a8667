from functools import partial

basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.func, basetwo.args, basetwo.keywords, basetwo.__doc__)
print(basetwo)
print(partial(max, 1, 2, key=abs, default=0))
print(partial(len))


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
print(square(7), square(7, mod=5), square(3, exp=3))
cube_mod = partial(power, 2, 10, mod=1000)
print(cube_mod())
p1 = partial(power, 3)
p2 = partial(p1, 4)
print(p2(), p2.func is power, p2.args, p2.keywords)
p3 = partial(partial(sorted, key=len), reverse=True)
print(p3(['bb', 'a', 'ccc']), p3.func is sorted, p3.keywords)
print(callable(p1), isinstance(p1, partial), type(p1).__name__, type(p1).__module__)


class Logged(partial):
    pass


lp = Logged(print, 'LOG:', sep=' | ')
lp('hello', 'world')
print(lp)
for args in [(), (1,), ('x', 2)]:
    try:
        partial(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    square()
except TypeError as e:
    print('TypeError:', e)
adders = [partial(lambda a, b: a + b, i) for i in range(3)]
print([f(10) for f in adders])
