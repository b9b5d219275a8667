class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


print(bool(Bag()), bool(Bag(1)), len(Bag(1, 2, 3)), "empty" if not Bag() else "full")


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print(f"  __bool__ -> {self.on}")
        return self.on


print(Flag(True) and "yes", Flag(False) or "fallback")
if Flag(False):
    print("unreachable")
print([x.on for x in [Flag(True), Flag(False)] if x])
print(not Flag(True), any([Flag(False), Flag(True)]), all([Flag(True), Flag(False)]))


class Both:
    def __len__(self):
        return 0

    def __bool__(self):
        return True


print(bool(Both()), len(Both()))


class Neither:
    pass


print(bool(Neither()))


class BadLen:
    def __init__(self, value):
        self.value = value

    def __len__(self):
        return self.value


for v in (-1, "3", 2 ** 70, 3.0, True):
    try:
        print(repr(v), len(BadLen(v)), bool(BadLen(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(v), type(e).__name__, e)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
i = 0
b = Bag(1, 2, 3)
while b:
    b.items.pop()
    i += 1
print("popped", i)
print((Bag() or Bag(9)).items, (Bag(1) and Bag()).items)
