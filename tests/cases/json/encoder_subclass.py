import json


class Money:
    def __init__(self, cents):
        self.cents = cents


class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return f"${o.cents // 100}.{o.cents % 100:02d}"
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"price": Money(1999), "tags": {"b", "a"}}, cls=AppEncoder))
print(json.dumps([Money(5)], cls=AppEncoder, indent=2, sort_keys=True))
print(AppEncoder().encode({"m": Money(100)}))
print(AppEncoder(separators=(",", ":")).encode([Money(1), 2]))
try:
    json.dumps(object(), cls=AppEncoder)
except TypeError as e:
    print("TypeError:", e)


class UpperEncoder(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"a": "b"}, cls=UpperEncoder))
print(json.dumps({"a": "b"}, cls=UpperEncoder, indent=1))


class KwEncoder(json.JSONEncoder):
    def __init__(self, *, prefix="", **kw):
        super().__init__(**kw)
        self.prefix = prefix

    def encode(self, o):
        return self.prefix + super().encode(o)


print(json.dumps([1], cls=KwEncoder, prefix=">> "))
try:
    json.dumps([1], nonsense=True)
except TypeError as e:
    print("TypeError:", e)

enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys, enc.skipkeys,
      enc.ensure_ascii, enc.check_circular, enc.allow_nan)
enc2 = json.JSONEncoder(indent=4)
print(repr(enc2.item_separator), repr(enc2.key_separator), enc2.indent)
enc3 = json.JSONEncoder(separators=(";", "="))
print(enc3.item_separator, enc3.key_separator)
enc4 = json.JSONEncoder(default=repr)
print(enc4.encode([object.__new__(Money).__class__.__name__, {1, 2}]))
try:
    json.JSONEncoder(False)
except TypeError as e:
    print("TypeError:", e)
