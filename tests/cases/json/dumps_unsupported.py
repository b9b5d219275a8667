import json


class Custom:
    pass


for value in [object(), {1, 2}, b"bytes", bytearray(b"x"), 1 + 2j, Custom(), range(3),
              iter([1]), len, Custom, frozenset()]:
    try:
        json.dumps(value)
        print("encoded?!", type(value))
    except TypeError as e:
        print(e)

try:
    json.dumps({"a": [1, {"b": {1, 2}}]})
except TypeError as e:
    print(e)

try:
    json.dumps({"a": [1, {"b": {1, 2}}]}, indent=2)
except TypeError as e:
    print(e)

print(json.dumps({"a": None}) == json.dumps({"a": None}, default=None))
