class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


for label, fn in [("iter", lambda: iter(NotIterable())), ("list", lambda: list(NotIterable())),
                  ("for", lambda: [x for x in NotIterable()]), ("in", lambda: 1 in NotIterable())]:
    try:
        print(label, fn())
    except TypeError as e:
        print(f"{label}: TypeError: {e}")


class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1, 2])


try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
print(list(NoContains()))


class NoLen:
    __len__ = None


try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)


class NoCall:
    __call__ = None


try:
    NoCall()()
except TypeError as e:
    print("TypeError:", e)


class NoEq:
    __eq__ = None


try:
    print(NoEq() == NoEq())
except TypeError as e:
    print("TypeError:", e)


class NoBool:
    __bool__ = None


try:
    bool(NoBool())
except TypeError as e:
    print("TypeError:", e)
