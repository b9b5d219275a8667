class Acc:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  __add__")
        return Acc(self.v + other)

    def __repr__(self):
        return f"Acc({self.v})"


a = Acc(1)
alias = a
a += 5
print(a, alias, a is alias)


class MutAcc(Acc):
    def __iadd__(self, other):
        print("  __iadd__")
        self.v += other
        return self


m = MutAcc(1)
alias = m
m += 5
print(m, alias, m is alias)


class ReturnsNotImplemented(Acc):
    def __iadd__(self, other):
        print("  __iadd__ -> NotImplemented")
        return NotImplemented


r = ReturnsNotImplemented(10)
r += 1
print(r, type(r).__name__)


class ReturnsNone(Acc):
    def __imul__(self, other):
        self.v *= other


n = ReturnsNone(3)
n *= 4
print(n)

lst = [1]
same = lst
lst += [2]
print(lst, same, lst is same)
t = (1,)
t_same = t
t += (2,)
print(t, t_same, t is t_same)
s = "ab"
s *= 2
print(s)
x = [0]
x *= 3
print(x)
st = {1, 2}
alias_st = st
st |= {3}
st &= {1, 3, 4}
st -= {1}
st ^= {9}
print(sorted(st), st is alias_st)
d = {"a": 1}
d |= {"b": 2}
print(d)


class Tracker:
    def __init__(self):
        self.items = [1]

    def __getitem__(self, k):
        print(f"  get {k}")
        return self.items[k]

    def __setitem__(self, k, v):
        print(f"  set {k}={v}")
        self.items[k] = v


tr = Tracker()
tr[0] += 10
print(tr.items)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
try:
    q = 1
    q += "x"
except TypeError as e:
    print("TypeError:", e)
try:
    nothing = None
    nothing -= 1
except TypeError as e:
    print("TypeError:", e)
