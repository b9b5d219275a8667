d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
print(list(keys), list(values), list(items))
print(len(keys), "a" in keys, 4 in values, ("a", 1) in items, ("a", 2) in items)
print(keys & {"a", "z"} == {"a"}, sorted(keys | {"z"}), sorted(keys - {"a"}))
print(sorted(keys ^ {"a", "q"}))
print(keys == {"a", "b", "c", "d"}, items >= {("a", 1)})
print(list(reversed(d.keys())), list(reversed(d.values())))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"x": 1}
for k in list(d):
    d[k * 2] = 2
print(d)
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
print(list({}.items()), bool({}.keys()))
