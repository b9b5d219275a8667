# An object cache that does not keep its objects alive: entries vanish with the last reference.
import gc
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def get(self, name):
        img = self._cache.get(name)
        if img is None:
            img = Image(name)
            self._cache[name] = img
        return img


cache = ImageCache()
a = cache.get("logo.png")
b = cache.get("logo.png")
print(a is b, Image.loads, sorted(cache._cache))
c = cache.get("banner.png")
print(Image.loads, sorted(cache._cache))
del a, b
gc.collect()
print(sorted(cache._cache))
d = cache.get("logo.png")
print(Image.loads, d)
print(gc.collect(), gc.isenabled())

observers = weakref.WeakSet()


class Listener:
    def __init__(self, n):
        self.n = n
        observers.add(self)


ls = [Listener(i) for i in range(3)]
print(len(observers))
ls.pop()
print(len(observers), sorted(o.n for o in observers))
r = weakref.ref(ls[0])
print(r() is ls[0], repr(r).startswith("<weakref at"))
ls.clear()
print(r(), repr(r).endswith("; dead>"), len(observers))
