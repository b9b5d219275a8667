import copy


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __reduce__(self):
        print('reduce')
        return (Money, (self.amount, self.currency))

    def __repr__(self):
        return f'Money({self.amount}, {self.currency!r})'


m = Money(5, 'EUR')
print(copy.copy(m), copy.deepcopy(m))


class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'expensive'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


s = Stateful()
c = copy.copy(s)
d = copy.deepcopy(s)
print(c.data is s.data, d.data is s.data, c.cache, d.cache, d.data)


class Singleton:
    def __reduce__(self):
        return 'INSTANCE'


INSTANCE = Singleton()
print(copy.copy(INSTANCE) is INSTANCE, copy.deepcopy(INSTANCE) is INSTANCE)


class WithNewArgs:
    def __new__(cls, size):
        obj = super().__new__(cls)
        obj.size = size
        obj.buffer = [0] * size
        return obj

    def __getnewargs__(self):
        return (self.size,)


w = WithNewArgs(3)
w.buffer[0] = 7
w2 = copy.deepcopy(w)
print(w2.size, w2.buffer, w2.buffer is w.buffer)


class Ex:
    def __reduce_ex__(self, protocol):
        print('protocol', protocol)
        return (Ex, ())


print(type(copy.copy(Ex())).__name__, type(copy.deepcopy(Ex())).__name__)
