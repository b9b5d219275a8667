a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
d = {"key": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
x = [1]
y = [x]
x.append(y)
print(x, y)
t = ([],)
t[0].append(t)
print(t)
s = {"list": []}
s["list"].append(s)
s["list"].append([s])
print(s)
print(f"{a}", "%s" % (a,), "{}".format(d))
nested = [[[[[]]]]]
print(nested, len(str(nested)))
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(deep)
dd = {}
dd[1] = dd
dd[2] = [dd, {"inner": dd}]
print(dd)


class Node:
    def __init__(self):
        self.children = []

    def __repr__(self):
        return f"Node({self.children})"


n = Node()
n.children.append([n])
print(n.children)
