a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c))
print(a is b, a is c, a == c)
x = None
print(x is None, x == None)
t1 = ()
t2 = ()
print(t1 == t2)
def f():
    pass
print(f is f, id(f) == id(f))
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 is not k2, k1 == k1)
