from functools import singledispatch


@singledispatch
def fn(x):
    return 'base'


try:
    fn()
except TypeError as e:
    print('TypeError:', e)
try:
    fn.register(42)
except TypeError as e:
    print('TypeError:', e)


def unannotated(x):
    pass


try:
    fn.register(unannotated)
except TypeError as e:
    print('TypeError:', str(e).replace(repr(unannotated), '<func>'))


def bad(x: 'not a class'):
    pass


try:
    fn.register(bad)
except (TypeError, NameError, SyntaxError) as e:
    print(type(e).__name__)


def bad2(x: 5):
    pass


try:
    fn.register(bad2)
except TypeError as e:
    print('TypeError:', e)


@fn.register
def _(x: 'int'):
    return 'int via string annotation'


print(fn(3), fn('s'))


@fn.register
def _(x: list | set):
    return 'list or set'


print(fn([1]), fn({1}), fn(()))
fn.register(bytes | bytearray, lambda x: 'binary')
print(fn(b''), fn(bytearray()))
