import sys

print(type(__builtins__).__name__ in ("module", "dict"))
print(__name__)
len = lambda x: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
print(callable(print), print.__name__, len.__name__)

def uses_builtin():
    return max([3, 7, 1])

print(uses_builtin())
print(sys.argv[0].endswith("builtins_namespace.py"))
print(True + True, True * 3, False - 1)
print(None.__class__.__name__, type(...).__name__)
print(sys.maxsize > 2 ** 31)
print(isinstance(sys.stdout.write("via stdout\n"), int))
