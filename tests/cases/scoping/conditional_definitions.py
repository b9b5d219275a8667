import sys

if sys.version_info >= (3, 0):
    def greet():
        return "modern"
else:
    def greet():
        return "ancient"
print(greet())


def choose(kind):
    if kind == "sq":
        def op(x):
            return x * x
    elif kind == "neg":
        def op(x):
            return -x
    else:
        op = None
    return op


print(choose("sq")(4), choose("neg")(4), choose("other"))

for i in range(3):
    def numbered(i=i):
        return f"def #{i}"
print(numbered())

try:
    def broken():
        return undefined_inside
    print("defined fine")
    broken()
except NameError as e:
    print("NameError at call time:", e)

defs = {}
for name in ["up", "down"]:
    exec(f"def {name}(s): return s.{'upper' if name == 'up' else 'lower'}()", defs)
print(defs["up"]("Hi"), defs["down"]("Hi"))


class Toggle:
    debug = True
    if debug:
        def log(self):
            return "debug log"
    else:
        def log(self):
            return "quiet"


print(Toggle().log())

while True:
    class InLoop:
        value = "defined in while"
    break
print(InLoop.value)

try:
    raise KeyError
except KeyError:
    def from_except():
        return "defined in except"
print(from_except())
