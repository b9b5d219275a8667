import copy


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


s = Slotted([1])
c = copy.copy(s)
d = copy.deepcopy(s)
print(c.x is s.x, d.x == s.x, d.x is s.x, hasattr(d, 'y'))


class Base:
    __slots__ = ('a',)


class Child(Base):
    __slots__ = ('b',)


ch = Child()
ch.a, ch.b = 1, [2]
cc = copy.deepcopy(ch)
print(cc.a, cc.b, cc.b is ch.b, type(cc).__name__)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.label = 'mine'
m2 = copy.copy(ml)
m3 = copy.deepcopy(ml)
print(type(m2).__name__, m2, m2.label, m2[1] is ml[1], m3[1] is ml[1], m3.label)


class MyDict(dict):
    def total(self):
        return sum(self.values())


md = MyDict(a=1, b=2)
md2 = copy.deepcopy(md)
print(type(md2).__name__, md2, md2.total())


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


print(copy.copy(MyInt(5)), type(copy.copy(MyInt(5))).__name__, copy.deepcopy(MyStr('hi')),
      type(copy.deepcopy(MyStr('hi'))).__name__, copy.copy(MyTuple((1, 2))))
