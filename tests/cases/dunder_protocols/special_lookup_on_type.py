class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "C-type-repr"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())


class D:
    pass


d = D()
d.__add__ = lambda other: "instance add"
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
print(d.__add__(1))
D.__add__ = lambda self, other: f"class add {other}"
print(d + 1)
D.__len__ = lambda self: 5
print(len(d), bool(d))
del D.__len__
print(bool(d))
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __len__(cls):
        return 42

    def __getitem__(cls, key):
        return f"Meta getitem {key}"

    def __repr__(cls):
        return f"<class via Meta: {cls.__name__}>"


class WithMeta(metaclass=Meta):
    def __len__(self):
        return 7


print(len(WithMeta), len(WithMeta()), WithMeta["k"], repr(WithMeta), [WithMeta])


class IterClass:
    def __iter__(self):
        return iter([1, 2])


ic = IterClass()
ic.__iter__ = lambda: iter([9])
print(list(ic))
