class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


class CustomReversed(Deck):
    def __reversed__(self):
        print("  __reversed__ called")
        return iter(["custom", "order"])


d = Deck("abc")
print(list(reversed(d)), list(d), len(d))
print(list(reversed(CustomReversed("xyz"))), list(CustomReversed("xyz")))
r = reversed(Deck([1, 2, 3]))
print(next(r), list(r), list(r))


class NoReverse:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(NoReverse())
except TypeError as e:
    print("TypeError:", e)
for obj in ({1: 2}, iter([1]), 5, {1, 2}):
    try:
        print(list(reversed(obj)))
    except TypeError as e:
        print("TypeError:", e)
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))), list(reversed([])))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
