x = 10
print(eval("x * 2"), eval("[i for i in range(3)]"), eval("'a' + 'b'"))
print(eval("y + 1", {"y": 5}), eval("a * b", {}, {"a": 3, "b": 4}))
g = globals()
print("x" in g, g["x"], g["__name__"])
g["created"] = "via globals"
print(created)

exec("z = x + 5")
print(z)
namespace = {}
exec("def square(n):\n    return n * n\nresult = square(7)", namespace)
print(namespace["result"], namespace["square"](3))
code = """
total = 0
for i in range(5):
    total += i
"""
ns = {}
exec(code, ns)
print(ns["total"])
print(exec("1 + 1"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval("undefined_thing")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
def f():
    local = 1
    return sorted(locals())
print(f())
print(eval("len(s)", {"s": "abcd"}))
print(eval("__builtins__ is not None"))
