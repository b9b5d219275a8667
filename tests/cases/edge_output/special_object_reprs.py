print(None, Ellipsis, ..., NotImplemented, True, False)
print([None, ..., NotImplemented], (True,), {False: None})
print(range(5), range(1, 10, 2), range(0), range(-3, 3), [range(2)])
print(slice(1, 2), slice(None), slice(1, None, -1), slice("a", "b"))
print(int, str, type, object, type(None), type(...), type(NotImplemented), BaseException)
print(len, print, abs, max)
print(type(len), type(print).__name__, len.__name__, len.__qualname__)


class Custom:
    pass


print(Custom, [Custom], type(Custom()), Custom.__name__, Custom.__qualname__, Custom.__module__)
print(str.upper, list.append)
print(int("5"), float("5"), complex("1+2j"), bool("x"), str(b"bytes"), bytes("x", "ascii"))
print(set(), frozenset(), frozenset({1, 2}), {1, 2, 3}, set([3]), dict(), list(), tuple(), ((),), [[]], [{}])
print({1: set(), 2: frozenset([4])}, (set(),), [frozenset()])
print(type(range(1)).__name__, type(slice(1)).__name__, type({}.keys()).__name__, type(iter([])).__name__)
print({}.keys(), {"a": 1}.values(), {"a": 1}.items(), dict(a=1).keys())
print(bytearray(), bytearray(3), bytes(), b"")
print(1j, 2 + 3j, -1j, complex(1, 0), complex(0, 0), 1e300j * 1e10, (1 + 2j) * 1j)
print(object.__name__, int.__mro__, bool.__mro__, KeyError.__mro__)
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
