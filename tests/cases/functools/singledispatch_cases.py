from functools import singledispatch


@singledispatch
def describe(obj):
    return f'object {obj!r}'


@describe.register
def _(obj: int):
    return f'int {obj}'


@describe.register(float)
def _describe_float(obj):
    return f'float {obj:.2f}'


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return 'sequence of ' + ', '.join(describe(x) for x in obj)


def _describe_str(obj):
    return f'str {obj!r}'


describe.register(str, _describe_str)

for value in [1, True, 2.5, 'hi', [1, 'a'], (3.0,), None, {1: 2}]:
    print(describe(value))
print(describe.dispatch(bool).__name__, describe.dispatch(dict).__name__, describe.dispatch(float).__name__)
print(sorted(cls.__name__ for cls in describe.registry))
print(describe.__name__, describe.__wrapped__.__name__)


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@singledispatch
def sound(a):
    return '...'


@sound.register
def _(a: Animal):
    return 'generic animal'


@sound.register
def _(a: Dog):
    return 'woof'


print(sound(Animal()), sound(Dog()), sound(Puppy()), sound(3))


@sound.register
def _(a: Puppy):
    return 'yip'


print(sound(Puppy()))
