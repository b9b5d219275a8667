# Limits that turn runaway nesting into clean Python errors instead of crashes.
src = "x = " + "(" * 201 + "1" + ")" * 201
try:
    compile(src, "deep.py", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)

print(eval("(" * 150 + "7" + ")" * 150))

try:
    compile("x = " + "+".join(["1"] * 5000), "long.py", "exec")
except RecursionError as e:
    print("RecursionError:", e)

print(eval("+".join(["1"] * 1000)))

nested = []
for _ in range(5000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("RecursionError:", e)

d = {}
for _ in range(5000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("RecursionError:", e)
