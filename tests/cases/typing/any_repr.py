from typing import Any


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(repr(Any), type(Any).__name__)
attempt(lambda: Any())
attempt(lambda: isinstance(1, Any))
attempt(lambda: issubclass(int, Any))
class Mock(Any):
    pass
print(Mock.__mro__[0].__name__, isinstance(Mock(), Mock))
