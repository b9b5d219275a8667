class VendingError(Exception):
    pass


class VendingMachine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = "idle"
        self.credit = 0
        self.bank = {c: 5 for c in self.COINS}
        self.sales = []

    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError(f"rejected coin {coin}")
        if self.state == "idle":
            self.state = "has_credit"
        self.credit += coin
        self.bank[coin] += 1

    def _make_change(self, amount):
        change = []
        for c in self.COINS:
            while amount >= c and self.bank[c] > 0:
                amount -= c
                self.bank[c] -= 1
                change.append(c)
        if amount:
            for c in change:
                self.bank[c] += 1
            raise VendingError("cannot make exact change")
        return change

    def select(self, code):
        if self.state != "has_credit":
            raise VendingError("insert coins first")
        if code not in self.stock:
            raise VendingError(f"no such product {code!r}")
        name, price, qty = self.stock[code]
        if qty == 0:
            raise VendingError(f"{name} sold out")
        if self.credit < price:
            raise VendingError(f"{name} costs {price}, credit is {self.credit}")
        change = self._make_change(self.credit - price)
        self.stock[code] = (name, price, qty - 1)
        self.credit = 0
        self.state = "idle"
        self.sales.append(name)
        return name, change

    def refund(self):
        if self.state == "idle":
            return []
        change = self._make_change(self.credit)
        self.credit = 0
        self.state = "idle"
        return change


vm = VendingMachine({"A1": ("cola", 120, 2), "A2": ("chips", 85, 1), "B1": ("candy", 65, 0)})
script = [
    ("select", "A1"), ("insert", 100), ("insert", 3), ("select", "A1"), ("insert", 50),
    ("select", "A1"), ("insert", 200), ("select", "B1"), ("select", "A2"), ("insert", 100),
    ("select", "A2"), ("select", "Z9"), ("refund",), ("refund",), ("insert", 200), ("select", "A1"),
    ("insert", 200), ("select", "A1"),
]
for step in script:
    op, *args = step
    try:
        result = getattr(vm, op)(*args)
        print(f"{op:<7}{str(args):<8}-> {result!r:<24} state={vm.state} credit={vm.credit}")
    except VendingError as e:
        print(f"{op:<7}{str(args):<8}!! {e}")
print("sales:", vm.sales)
print("stock:", vm.stock)
print("bank total:", sum(c * n for c, n in vm.bank.items()))
