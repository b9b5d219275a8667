class OutOfStock(Exception):
    pass


class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, sku, name, price, qty):
        if sku in self.items:
            self.items[sku].qty += qty
            self.log.append(("restock", sku, qty))
        else:
            self.items[sku] = Item(sku, name, price, qty)
            self.log.append(("new", sku, qty))

    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise OutOfStock(f"only {item.qty} of {item.name} left, wanted {qty}")
        item.qty -= qty
        self.log.append(("sold", sku, qty))
        if item.qty == 0:
            del self.items[sku]
            self.log.append(("gone", sku, 0))

    def total_value(self):
        return sum(item.value() for item in self.items.values())

    def low_stock(self, threshold=5):
        return sorted((i for i in self.items.values() if i.qty < threshold), key=lambda i: i.qty)

    def report(self):
        lines = []
        for sku in sorted(self.items):
            it = self.items[sku]
            lines.append(f"{sku:<6}{it.name:<12}{it.qty:>4} x {it.price:>7.2f} = {it.value():>9.2f}")
        lines.append(f"{'TOTAL':<6}{'':<12}{'':>4}   {'':>7}   {self.total_value():>9.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add("A100", "widget", 2.50, 40)
inv.add("B200", "gadget", 12.99, 3)
inv.add("C300", "doohickey", 0.75, 200)
inv.add("D400", "gizmo", 99.0, 1)
inv.add("A100", "widget", 2.50, 10)
print(inv.report())
print()

orders = [("A100", 15), ("B200", 5), ("D400", 1), ("Z999", 1), ("C300", 150)]
for sku, qty in orders:
    try:
        inv.remove(sku, qty)
        print(f"sold {qty} of {sku}")
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku:", e)

print()
print(inv.report())
print("low:", inv.low_stock())
print("low(50):", [i.sku for i in inv.low_stock(50)])
for entry in inv.log:
    print(*entry, sep="|")
