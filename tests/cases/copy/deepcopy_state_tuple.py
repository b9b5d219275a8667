import copy


class Mixed:
    __slots__ = ('fast', '__dict__')

    def __init__(self):
        self.fast = [1]
        self.slow = [2]


m = Mixed()
try:
    c = copy.deepcopy(m)
    print(c.fast, c.slow, c.fast is m.fast, c.slow is m.slow)
except Exception as e:
    print(type(e).__name__, e)


class Conf:
    def __init__(self):
        self.values = {'a': 1}

    def __setstate__(self, state):
        print('setstate with', sorted(state))
        self.__dict__.update(state)
        self.loaded = True


cf = copy.deepcopy(Conf())
print(cf.values, cf.loaded)
