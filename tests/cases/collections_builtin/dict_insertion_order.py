d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(list(d), d)
d["zebra"] = 10
print(list(d))
del d["zebra"]
d["zebra"] = 100
print(list(d))
print(dict(b=1, a=2), dict([("y", 1), ("x", 2)]), dict({"k": 1}, extra=2))
print(dict(zip("cab", range(3))))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d2 = {1: "a", True: "b", 1.0: "c"}
print(d2)
print({**{"a": 1, "b": 2}, **{"b": 3, "c": 4}})
print(len(d), "apple" in d, "pear" in d, 2 in d.values())
try:
    d["pear"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2): "tuple key"}[(1, 2)])
