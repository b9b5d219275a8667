from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2, 3, 4], 100))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]))
print(reduce(operator.add, ['a'], 'z'), reduce(operator.add, [5]), reduce(operator.add, [], 'init'))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
print(reduce(max, iter([3, 9, 2])), reduce(operator.concat, [[1], [2], [3]]))
print(reduce(function=None, iterable=[]) if False else 'kw skipped')


def attempt(*args, **kwargs):
    try:
        print(reduce(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)


attempt(operator.add, [])
attempt(operator.add, 5)
attempt(operator.add)
attempt()
attempt(operator.add, [], 0, 1)
attempt(operator.add, [1, 'a'])
attempt(None, [1, 2])


def flatten(nested):
    return reduce(lambda acc, item: acc + (flatten(item) if isinstance(item, list) else [item]), nested, [])


print(flatten([1, [2, [3, 4]], [], 5]))
