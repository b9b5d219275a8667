log = []
def v(name, val=None):
    log.append(name)
    return val if val is not None else name
def show(label):
    print(label, log)
    log.clear()
d = {}
d[v("key")] = v("value")
show("subscript assign:")
a = [0, 0, 0]
a[v("idx", 1)], a[v("idx2", 2)] = v("rhs1", 10), v("rhs2", 20)
show("tuple assign:")
print(a)
result = v("left", 1) + v("mid", 2) * v("right", 3)
show("binary ops:")
def f(*args, **kwargs):
    return args, kwargs
f(v("p1"), v("p2"), k=v("kw"), *[v("star")])
show("call args:")
x = {v("k1"): v("v1"), v("k2"): v("v2")}
show("dict display:")
y = v("c1", 1) if v("cond", 1) else v("c2", 2)
show("conditional:")
z = [v("e1"), *[v("e2")], v("e3")]
show("list display:")
v("obj", a)[v("sub", 0)] += v("inc", 5)
show("augmented subscript:")
print(a)
