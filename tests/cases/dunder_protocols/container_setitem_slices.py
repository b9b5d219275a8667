class Recorder:
    def __init__(self):
        self.data = list(range(10))

    def __getitem__(self, key):
        print(f"  getitem {key!r}")
        return self.data[key]

    def __setitem__(self, key, value):
        print(f"  setitem {key!r} = {value!r}")
        self.data[key] = value

    def __delitem__(self, key):
        print(f"  delitem {key!r}")
        del self.data[key]


r = Recorder()
r[0]
r[1:3]
r[::2]
r[:]
r[-3:]
r[1:8:3]
r[2] = "two"
r[4:6] = ["x"]
del r[0]
del r[::3]
print(r.data)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        print(f"  key={key!r} type={type(key).__name__}")
        if isinstance(key, tuple) and any(isinstance(k, slice) for k in key):
            return "region"
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value


g = Grid()
g[1, 2] = "#"
print(g[1, 2], g[(3, 4)], g[1:2, ::3])
g[...]
g["name"]
s = slice(1, 5, 2)
print(s.start, s.stop, s.step, s.indices(4), slice(3).indices(10), slice(None, None, -1).indices(5))
print(list(range(10))[s], "abcdefgh"[s])


class ReadOnly:
    def __getitem__(self, k):
        return k


ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ro[0]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
