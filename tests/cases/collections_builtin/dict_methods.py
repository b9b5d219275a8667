d = {"a": 1}
print(d.setdefault("a", 100), d.setdefault("b", 2), d.setdefault("c"), d)
print(d.pop("a"), d.pop("zz", "fallback"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(d.get("b"), d.get("nope"), d.get("nope", 0))
c = d.copy()
c["b"] = "changed"
print(d, c)
c.clear()
print(c)
groups = {}
for name in ["ann", "bob", "amy", "ben", "cat"]:
    groups.setdefault(name[0], []).append(name)
print(groups)
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())})
