import operator as op

print(op.length_hint([1, 2, 3]), op.length_hint(()), op.length_hint({}, 5))
print(op.length_hint(iter([1, 2, 3])), op.length_hint(iter(range(10))))
print(op.length_hint(5), op.length_hint(5, 12), op.length_hint(x for x in 'ab'))


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


class Sized(Hint):
    def __len__(self):
        return 2


print(op.length_hint(Hint(7)), op.length_hint(Hint(NotImplemented), 3), op.length_hint(Sized(99)))
for obj, default in [(Hint(-1), 0), (Hint('x'), 0), (5, 'a'), (Hint(2.5), 0)]:
    try:
        print(op.length_hint(obj, default))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


class Idx:
    def __index__(self):
        return 4


print(op.index(5), op.index(True), op.index(Idx()), op.index(-2**70))
print([10, 20, 30, 40, 50][op.index(Idx())])
for bad in [1.5, '3', None]:
    try:
        op.index(bad)
    except TypeError as e:
        print('TypeError:', e)
