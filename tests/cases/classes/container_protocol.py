class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Deck(self.cards[index])
        return self.cards[index]

    def __setitem__(self, index, value):
        self.cards[index] = value

    def __delitem__(self, index):
        del self.cards[index]

    def __contains__(self, card):
        print("  __contains__", card)
        return card in self.cards

    def __repr__(self):
        return f"Deck({self.cards})"

d = Deck("A23456789")
print(len(d), d[0], d[-1], d[2:5])
d[0] = "K"
del d[1]
print(d)
print("5" in d, "Q" in d, "Q" not in d)
print(list(d)[:3])
for c in d[:2]:
    print("card", c)
try:
    d[50]
except IndexError as e:
    print(type(e).__name__, e)
print(bool(d), bool(Deck([])))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

print(list(Seq()), 20 in Seq(), 25 in Seq())
a, b, *rest = Seq()
print(a, b, rest)
print(list(reversed(Deck("abc"))))
