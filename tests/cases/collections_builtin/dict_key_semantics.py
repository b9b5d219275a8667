d = {}
d[1] = "int"
d[1.0] = "float overwrites"
d[True] = "bool overwrites"
print(d, type(list(d)[0]).__name__)
d[(1, 2)] = "tuple"
d[frozenset({3})] = "frozenset"
d[None] = "none"
d["1"] = "string"
print(len(d), d[1], d[(1, 2)], d[frozenset([3])], d[None], d["1"])
print({0: "a", False: "b", 0.0: "c"})
keys = {-1: "neg", -2: "neg2"}
print(keys[-1], keys[-2])
inventory = {"apples": 5}
inventory["apples"] += 3
inventory["pears"] = inventory.get("pears", 0) + 1
print(inventory)
print(sorted({3: "c", 1: "a", 2: "b"}.items()))
print(list({"b": 1, "a": 2}.items()) == [("b", 1), ("a", 2)])
print(dict([(1, 2), [3, 4], "ab"]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
