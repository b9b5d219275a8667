class Item:
    category = "general"

    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price}, qty={self.qty})"

    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

class Perishable(Item):
    category = "food"

    def __init__(self, name, price, qty=0, days=7):
        super().__init__(name, price, qty)
        self.days = days

    def total(self):
        base = super().total()
        return base // 2 if self.days < 2 else base

class Electronic(Item):
    category = "electronics"
    warranty = 12

class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item in self:
            self._items[item.name].qty += item.qty
        else:
            self._items[item.name] = item
        return self

    def __contains__(self, item):
        return item.name in self._items

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: (i.category, i.name)))

    def __getitem__(self, name):
        return self._items[name]

    def value(self):
        return sum(i.total() for i in self)

inv = Inventory()
inv.add(Item("rope", 300, 2)).add(Perishable("milk", 120, 10, days=1))
inv.add(Electronic("radio", 2500, 1)).add(Perishable("cheese", 800, 3))
inv.add(Item("rope", 300, 5))
print(len(inv))
for item in inv:
    print(f"{item.category:12} {item!r:40} {item.total():>6}")
print("value:", inv.value())
print(inv["rope"].qty, Electronic("x", 1).warranty)
try:
    inv["laptop"]
except KeyError as e:
    print(type(e).__name__, e)
by_cat = {}
for item in inv:
    by_cat.setdefault(item.category, []).append(item.name)
print(by_cat)
