import json

data = {"name": "widget", "tags": ["a", "b"], "dims": {"w": 1, "h": 2}, "empty_list": [],
        "empty_dict": {}, "nested": [[1, [2, []]], {"x": {}}]}

for indent in (None, 0, 1, 2, 4, -1, "", "\t", "--> "):
    print("indent =", repr(indent))
    print(json.dumps(data, indent=indent))

print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps([[]], indent=2))
print(json.dumps("scalar", indent=2))
print(repr(json.dumps({"a": 1, "b": [1, 2]}, indent=2)))
print(json.dumps({"a": 1}, indent=True))
