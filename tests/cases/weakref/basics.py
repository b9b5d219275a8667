import weakref
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
    def meth(self): return self.n
a = Obj(1)
r = weakref.ref(a)
print(r() is a, r() , type(r).__name__, weakref.getweakrefcount(a))
del a
print(r())
try: weakref.ref(3)
except TypeError as e: print(e)
cache = weakref.WeakValueDictionary()
x, y = Obj(2), Obj(3)
cache['x'] = x; cache['y'] = y
print(sorted(cache.keys()), len(cache))
del x
print(sorted(cache.keys()), len(cache), 'x' in cache, cache.get('x'))
ws = weakref.WeakSet([y])
print(len(ws), y in ws)
wk = weakref.WeakKeyDictionary(); wk[y] = 'meta'; print(wk[y], len(wk))
del y
print(len(ws), len(wk))
b = Obj(4); m = weakref.WeakMethod(b.meth); print(m()())
p = weakref.proxy(b); print(p.n)
f = weakref.finalize(b, print, "finalized at exit")
print(f.alive)
z = Obj(5); r1 = weakref.ref(z); r2 = weakref.ref(z); print(r1 == r2, hash(r1) == hash(z))
