from dataclasses import dataclass, field, fields, Field, MISSING, is_dataclass


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, repr=False, metadata={"unit": "n/a"})
    code: int = field(default=0, init=False, compare=False, hash=True)


for f in fields(Item):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING,
          f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only)
print(fields(Item) == fields(Item("a")))
print(type(fields(Item)).__name__, isinstance(fields(Item)[0], Field))
md = fields(Item)[2].metadata
print(md["unit"], len(md), list(md), "unit" in md, md.get("x", "-"))
try:
    md["new"] = 1
except TypeError as e:
    print("TypeError:", e)
print(repr(fields(Item)[0].metadata))
for bad in (Item.__init__, 3, int, "Item"):
    try:
        fields(bad)
    except TypeError as e:
        print("TypeError:", e)
print(is_dataclass(Item), is_dataclass(Item("x")), is_dataclass(int), is_dataclass(3))
print(Item("a", 1.5))
print(Item("x").code, Item.code)
print(MISSING is MISSING, repr(MISSING).startswith("<dataclasses._MISSING_TYPE object"))
print(Field.__name__, type(field()).__name__)
