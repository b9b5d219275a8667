class Tracker:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
t = Tracker()
t["x"] += 5
t["x"] *= 2
print(t.d)
calls = 0
def key():
    global calls
    calls += 1
    return "k"
d = {"k": 1}
d[key()] += 1
print(d, "key() called", calls, "time(s)")
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return NoIadd(self.v + o)
n = NoIadd(1)
orig = n
n += 2
print(n.v, orig.v, n is orig)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(sorted(fs), sorted(fs2))
s = {1}
s2 = s
s |= {2}
print(sorted(s2), s is s2)
