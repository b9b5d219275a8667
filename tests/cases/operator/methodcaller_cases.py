from operator import methodcaller

up = methodcaller('upper')
print(up('hello'), up)
split = methodcaller('split', ',', maxsplit=1)
print(split('a,b,c'), split)
print(methodcaller('f', 1, 'two', k=[3], z=None))
print(list(map(methodcaller('strip', '*'), ['*a*', '**b'])))
print(methodcaller('count', 1)([1, 2, 1]))
print(methodcaller('get', 'x', 0)({'x': 5}), methodcaller('get', 'y', 0)({'x': 5}))


class Robot:
    def move(self, dx, dy=0):
        return f'moved {dx},{dy}'


print(methodcaller('move', 3, dy=4)(Robot()))
try:
    methodcaller('fly')(Robot())
except AttributeError as e:
    print('AttributeError:', e)
try:
    methodcaller()
except TypeError as e:
    print('TypeError:', e)
try:
    methodcaller(42)
except TypeError as e:
    print('TypeError:', e)
try:
    methodcaller('upper')()
except TypeError as e:
    print('TypeError:', e)
try:
    methodcaller('move')(Robot())
except TypeError as e:
    print('TypeError:', e)
