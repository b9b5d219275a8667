import copy

print(copy.__all__, issubclass(copy.Error, Exception), copy.error is copy.Error)
try:
    raise copy.Error('custom')
except copy.Error as e:
    print('caught', repr(e))


def gen():
    yield 1


for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as e:
        print('TypeError:', e)


class BadReduce:
    def __reduce_ex__(self, proto):
        return 42


try:
    copy.copy(BadReduce())
except TypeError as e:
    print('TypeError:', e)


class Exploding:
    def __deepcopy__(self, memo):
        raise RuntimeError('refuse to copy')


try:
    copy.deepcopy({'x': Exploding()})
except RuntimeError as e:
    print('RuntimeError:', e)
