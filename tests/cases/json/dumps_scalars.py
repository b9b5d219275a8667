import json

values = [None, True, False, 0, -1, 12345678901234567890, 1.5, -0.0, 0.1, 1e16, 1e-7,
          123456789.123456789, 2.5e-300, "", "plain", "quote\"back\\slash", "tab\tnl\ncr\r",
          "\x00\x01\x1f\x7f", "/slash", [], {}, [[]], {"": {}}, (1, 2), ()]
for v in values:
    print(repr(v), "->", json.dumps(v))

print(json.dumps(3.0), json.dumps(1e22), json.dumps(1.7976931348623157e308))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps([1, "two", 3.0, None, True, {"k": [False]}]))
print(type(json.dumps(1)).__name__)
