from functools import partialmethod


class Cell:
    def __init__(self):
        self._alive = False

    @property
    def alive(self):
        return self._alive

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

    def greet(self, greeting, name, punct='!'):
        return f'{greeting}, {name}{punct}'

    hello = partialmethod(greet, 'Hello')
    hey = partialmethod(greet, 'Hey', punct='?')

    @classmethod
    def make(cls, tag, size):
        return f'{cls.__name__}:{tag}:{size}'

    small = partialmethod(make, 'small')


c = Cell()
print(c.alive)
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
print(c.hello('Ada'), c.hey('Bob'), c.hey('Cy', punct='.'))
print(Cell.hello(c, 'Dee'))
print(c.small(3), Cell.small(4))
print(type(Cell.__dict__['hello']).__name__)
pm = Cell.__dict__['hey']
print(pm.func is Cell.greet, pm.args, pm.keywords)
try:
    partialmethod(5)
except TypeError as e:
    print('TypeError:', e)
try:
    c.hello()
except TypeError as e:
    print('TypeError:', e)
