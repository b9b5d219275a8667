def src(name, items):
    print("iter", name)
    return items

def cond(x):
    print("  cond", x)
    return x % 2 == 0

def val(x):
    print("  val", x)
    return x * 10

print([val(x) for x in src("list", [1, 2, 3, 4]) if cond(x)])
print({val(x) for x in src("set", [2])})
print({x: val(x) for x in src("dict", [4]) if cond(x)})

g = (val(x) for x in src("gen", [6, 7]))
print("gen created")
print(list(g))

def key(k):
    print("  key", k)
    return k

def value(v):
    print("  value", v)
    return v

print({key(k): value(v) for k, v in [("a", 1), ("b", 2)]})
print([(x, y) for x in src("outer", [1, 2]) for y in src("inner", "ab")])
