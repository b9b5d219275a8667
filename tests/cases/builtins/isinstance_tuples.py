values = [1, 2.0, "s", b"b", [1], (1,), {1}, {1: 1}, None, True, 1j, range(1)]
for v in values:
    kinds = []
    if isinstance(v, (int, float, complex)):
        kinds.append("number")
    if isinstance(v, (str, bytes)):
        kinds.append("text")
    if isinstance(v, (list, tuple, range)):
        kinds.append("sequence")
    if isinstance(v, (set, dict)):
        kinds.append("hashed")
    if isinstance(v, bool):
        kinds.append("bool")
    print(repr(v), kinds)

print(isinstance(1, (str, (bytes, (int,)))))
print(isinstance(None, type(None)), isinstance(print, object))
print(issubclass(bool, (str, int)), issubclass(int, (bool,)))
print(isinstance(int, type), isinstance(3, int | str), isinstance("x", int | None))
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
