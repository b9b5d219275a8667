from functools import singledispatchmethod


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return f'{self.prefix} other: {arg!r}'

    @fmt.register
    def _(self, arg: int):
        return f'{self.prefix} int: {arg:+d}'

    @fmt.register(list)
    def _(self, arg):
        return f'{self.prefix} list of {len(arg)}'

    @fmt.register
    def _(self, arg: bool):
        return f'{self.prefix} bool: {"yes" if arg else "no"}'


f = Formatter('>')
for v in [5, True, [1, 2], 'text', 2.5]:
    print(f.fmt(v))
print(Formatter.fmt.__name__ if hasattr(Formatter.fmt, '__name__') else 'no name')


class Negator:
    @singledispatchmethod
    @classmethod
    def neg(cls, arg):
        raise NotImplementedError('Cannot negate a')

    @neg.register
    @classmethod
    def _(cls, arg: int):
        return -arg

    @neg.register
    @classmethod
    def _(cls, arg: bool):
        return not arg


print(Negator.neg(5), Negator.neg(True), Negator().neg(-3))
try:
    Negator.neg('x')
except NotImplementedError as e:
    print('NotImplementedError:', e)
