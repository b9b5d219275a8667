from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        """Sum of the values."""
        print('summing')
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total)
print(d.__dict__)
d.values.append(4)
print(d.total)
del d.total
print(d.total)
d.total = 0
print(d.total)
print(Dataset.total.__doc__, Dataset.total.attrname, type(Dataset.total).__name__)
print(isinstance(Dataset.__dict__['total'], cached_property))


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def prop(self):
        return 1


try:
    Slotted().prop
except TypeError as e:
    print('TypeError:', e)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(Dataset([]), Dataset)
except TypeError as e:
    print('TypeError:', e)
try:
    class Twice:
        a = cached_property(len)
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ':', e.__cause__ or e)


class Sub(Dataset):
    @cached_property
    def mean(self):
        return self.total / len(self.values)


s = Sub([2, 4])
print(s.mean, s.total, sorted(s.__dict__))
