class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents


print(Money.__hash__ is None, Money(5) == Money(5))
for action in ("set", "dict key", "hash()", "frozenset"):
    try:
        if action == "set":
            {Money(1)}
        elif action == "dict key":
            {Money(1): 1}
        elif action == "hash()":
            hash(Money(1))
        else:
            frozenset([Money(1)])
    except TypeError as e:
        print(action, "-> TypeError:", e)


class Plain:
    pass


p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, len({p1, p2, p1}), hash(p1) == hash(p1))


class Inherits(Money):
    pass


try:
    hash(Inherits(1))
except TypeError as e:
    print("TypeError:", e)


class Restored(Money):
    __hash__ = object.__hash__


r = Restored(1)
print(r in {r}, Restored(1) == Restored(1), len({Restored(1), Restored(1)}))


class ExplicitNone:
    __hash__ = None


try:
    {ExplicitNone()}
except TypeError as e:
    print("TypeError:", e)

print([Money(3)].count(Money(3)), Money(3) in [Money(3)], [1, 2, 3] == [1, 2, 3])
for obj in ([1], {"a": 1}, {1}, bytearray(b"x")):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
