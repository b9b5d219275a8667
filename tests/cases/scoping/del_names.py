a = 1
b = [1, 2, 3]
c = {"k": "v"}
del a
try:
    a
except NameError as e:
    print("NameError:", e)

del b[0], c["k"]
print(b, c)
x, y, z = 1, 2, 3
del x, y
print("z" in globals(), "x" in globals(), "y" in globals())
try:
    del x
except NameError as e:
    print("NameError:", e)


def func():
    local = [1]
    alias = local
    del local
    return alias, "local" in locals(), sorted(locals())


print(func())

lst = list(range(10))
del lst[::3]
print(lst)
del lst[1:3]
print(lst)
del (lst[0]), [lst[-1]]
print(lst)


class Obj:
    attr = "class attr"


o = Obj()
o.attr = "instance attr"
print(o.attr)
del o.attr
print(o.attr)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)

for i in range(3):
    pass
del i
try:
    print(i)
except NameError as e:
    print("NameError:", e)

len = lambda s: -1
print(len("abc"))
del len
print(len("abc"))
try:
    del len
except NameError as e:
    print("NameError:", e)
