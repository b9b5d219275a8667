"""An inventory model built from dataclasses, saved to and loaded from JSON."""
import json
from dataclasses import dataclass, field, asdict, replace, fields


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    number: int

    def __str__(self):
        return f"{self.category}-{self.number:04d}"


@dataclass
class Product:
    sku: Sku
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.unit_price < 0:
            raise ValueError(f"negative price for {self.name}")

    @property
    def value(self):
        return round(self.unit_price * self.quantity, 2)


@dataclass
class Warehouse:
    name: str
    products: dict = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)

    def add(self, product):
        key = str(product.sku)
        if key in self.products:
            raise KeyError(f"duplicate sku {key}")
        self.products[key] = product
        self.log.append(("add", key))

    def restock(self, key, amount):
        product = self.products[key]
        self.products[key] = replace(product, quantity=product.quantity + amount)
        self.log.append(("restock", key, amount))

    def total_value(self):
        return round(sum(p.value for p in self.products.values()), 2)

    def low_stock(self, threshold):
        return sorted(p.sku for p in self.products.values() if p.quantity < threshold)


def product_from_dict(data):
    data = dict(data)
    data["sku"] = Sku(**data["sku"])
    return Product(**data)


def warehouse_from_json(text):
    raw = json.loads(text)
    wh = Warehouse(raw["name"])
    for item in raw["products"].values():
        wh.add(product_from_dict(item))
    return wh


wh = Warehouse("central")
wh.add(Product(Sku("tool", 7), "hammer", 12.5, 10, ["steel"]))
wh.add(Product(Sku("tool", 3), "screwdriver", 4.25, 2))
wh.add(Product(Sku("garden", 12), "rake", 19.99, 0, ["wood", "outdoor"]))
wh.restock("tool-0003", 5)
print(wh)
print("value:", wh.total_value())
print("low:", [str(s) for s in wh.low_stock(6)])
try:
    wh.add(Product(Sku("tool", 7), "dup", 1.0))
except KeyError as e:
    print("error:", e)
try:
    Product(Sku("x", 1), "free", -1)
except ValueError as e:
    print("error:", e)

document = json.dumps(asdict(wh), indent=2, sort_keys=True)
print(document)
copy = warehouse_from_json(document)
print(copy == wh, copy.log == wh.log)
print(sorted(copy.products) == sorted(wh.products))
print([f.name for f in fields(Product)])
for product in sorted(copy.products.values(), key=lambda p: p.sku):
    print(f"{str(product.sku):12} {product.name:12} {product.quantity:3d} x {product.unit_price:6.2f}"
          f" = {product.value:7.2f}")
