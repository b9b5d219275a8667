"""A small typed inventory system: type hints everywhere, checked at run time with
get_type_hints and structural protocols."""
from __future__ import annotations

from typing import (
    Callable, ClassVar, Dict, Generic, Iterable, Iterator, List, Literal, NamedTuple,
    NewType, Optional, Protocol, Tuple, TypedDict, TypeVar, Union, get_type_hints,
    runtime_checkable, NotRequired, Final,
)

SKU = NewType("SKU", str)
Category = Literal["tool", "food", "toy"]
T = TypeVar("T")
K = TypeVar("K")
MAX_STOCK: Final = 1000


class Item(NamedTuple):
    sku: SKU
    name: str
    price_cents: int
    category: Category = "tool"

    def price(self) -> str:
        return f"${self.price_cents // 100}.{self.price_cents % 100:02d}"


class StockRecord(TypedDict):
    sku: SKU
    quantity: int
    location: NotRequired[str]


@runtime_checkable
class Priced(Protocol):
    price_cents: int

    def price(self) -> str: ...


class Repository(Generic[K, T]):
    kind: ClassVar[str] = "repository"

    def __init__(self, key: Callable[[T], K]) -> None:
        self._key = key
        self._data: Dict[K, T] = {}

    def add(self, value: T) -> None:
        self._data[self._key(value)] = value

    def get(self, key: K) -> Optional[T]:
        return self._data.get(key)

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._data.values(), key=self._key))

    def __len__(self) -> int:
        return len(self._data)


class Inventory:
    items: Repository[SKU, Item]
    stock: Dict[SKU, StockRecord]

    def __init__(self) -> None:
        self.items = Repository[SKU, Item](lambda it: it.sku)
        self.stock = {}

    def receive(self, item: Item, quantity: int, location: Optional[str] = None) -> StockRecord:
        self.items.add(item)
        record = self.stock.get(item.sku)
        if record is None:
            record = StockRecord(sku=item.sku, quantity=0)
            self.stock[item.sku] = record
        record["quantity"] = min(MAX_STOCK, record["quantity"] + quantity)
        if location is not None:
            record["location"] = location
        return record

    def value(self, category: Optional[Category] = None) -> int:
        total = 0
        for item in self.items:
            if category is None or item.category == category:
                total += item.price_cents * self.stock[item.sku]["quantity"]
        return total

    def report(self) -> List[Tuple[str, str, int]]:
        return [(it.name, it.price(), self.stock[it.sku]["quantity"]) for it in self.items]


def cheapest(things: Iterable[Priced]) -> Union[Priced, None]:
    best: Optional[Priced] = None
    for t in things:
        if best is None or t.price_cents < best.price_cents:
            best = t
    return best


inv = Inventory()
inv.receive(Item(SKU("H-1"), "hammer", 1599), 10, "A1")
inv.receive(Item(SKU("A-7"), "apple", 45, "food"), 300)
inv.receive(Item(SKU("Y-2"), "yo-yo", 350, "toy"), 25, "C3")
inv.receive(Item(SKU("A-7"), "apple", 45, "food"), 900)
for row in inv.report():
    print(row)
print("total", inv.value(), "food", inv.value("food"))
print(inv.stock[SKU("A-7")], inv.stock[SKU("H-1")])
print("cheapest:", cheapest(inv.items))
print(isinstance(Item(SKU("x"), "x", 1), Priced), isinstance(inv, Priced))
print(len(inv.items), Repository.kind, Repository[SKU, Item])

for obj in (Item, StockRecord, Priced, Repository, Inventory, Inventory.receive, Inventory.value,
            Repository.__init__, cheapest):
    print(getattr(obj, "__qualname__", obj), get_type_hints(obj))
print(get_type_hints(StockRecord, include_extras=True))
print(sorted(StockRecord.__required_keys__), sorted(StockRecord.__optional_keys__))
