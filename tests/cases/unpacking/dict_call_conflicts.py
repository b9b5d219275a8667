base = {"x": 1, "y": 2}
override = {"y": 20, "z": 30}
print(dict(base, **override))
print(dict(**base, z=3))
print({**base, **override})
try:
    print(dict(**base, **override))
except TypeError as e:
    print("TypeError:", e)
try:
    print(dict(**base, x=5))
except TypeError as e:
    print("TypeError:", e)


def show(**kw):
    return kw


try:
    show(**base, **{"x": 9})
except TypeError as e:
    print("TypeError:", e)
print(show(**{**base, "x": 9}))
merged = base | override
print(merged, base)
base |= {"w": 0}
print(base)
print(dict.fromkeys([*"ab", *"bc"]), list(dict.fromkeys([3, 1, 3, 2, 1])))
