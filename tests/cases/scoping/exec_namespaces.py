ns = {}
exec("x = 1\ny = x + 1\ndef f():\n    return x + y\n", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["f"](), "__builtins__" in ns)

g = {"base": 10}
l = {}
exec("result = base * 2\nbase_local = base", g, l)
print(sorted(l.items()), "result" in g)

code = """
def outer():
    v = 'closure'
    def inner():
        return v
    return inner()
out = outer()
"""
ns2 = {}
exec(code, ns2)
print(ns2["out"])

print(eval("a + b", {"a": 1, "b": 2}), eval("a * 2", {"a": 5}, {"a": 7}))
try:
    eval("undefined_thing", {})
except NameError as e:
    print("NameError:", e)

counter = 0
exec("counter += 5")
print(counter)


def exec_in_function():
    local_val = 3
    exec("local_val = 99")
    return local_val


print(exec_in_function())

sandbox = {"__builtins__": {}}
try:
    exec("print('hi')", sandbox)
except NameError as e:
    print("NameError:", e)

ns3 = {}
exec("class C:\n    attr = 5\n    doubled = [attr * 2]\n", ns3)
print(ns3["C"].doubled)
