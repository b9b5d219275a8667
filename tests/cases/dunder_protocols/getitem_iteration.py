class Squares:
    def __init__(self, limit):
        self.limit = limit
        self.calls = []

    def __getitem__(self, index):
        self.calls.append(index)
        if index >= self.limit:
            raise IndexError(index)
        return index * index


s = Squares(5)
print(list(s), s.calls)
s = Squares(4)
print(9 in s, s.calls)
s = Squares(4)
print(10 in s, s.calls)
a, b, *rest = Squares(5)
print(a, b, rest)
print(sum(Squares(4)), sorted(Squares(3), reverse=True), list(zip(Squares(3), "abc")))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))


class StopsOnKeyError:
    def __getitem__(self, i):
        if i > 2:
            raise KeyError(i)
        return i


try:
    list(StopsOnKeyError())
except KeyError as e:
    print("KeyError propagates:", e)


class StopIterationInGetitem:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i


print(list(StopIterationInGetitem()))


class Letters:
    def __getitem__(self, i):
        return "abcde"[i]


print(list(Letters()), "c" in Letters(), "z" in Letters())
for i, ch in enumerate(Letters()):
    if i == 1:
        print("second letter", ch)
print(list(reversed(Letters())) if hasattr(Letters, "__len__") else "reversed needs __len__")
try:
    reversed(Letters())
except TypeError as e:
    print("TypeError:", e)


class WithLen(Letters):
    def __len__(self):
        return 5


print(list(reversed(WithLen())), len(WithLen()))


class Mapping:
    def __getitem__(self, key):
        if isinstance(key, str):
            return key.upper()
        raise IndexError


print(Mapping()["hi"], list(Mapping()))
