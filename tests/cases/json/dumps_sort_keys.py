import json

d = {"zebra": 1, "apple": {"pear": 2, "fig": 3}, "Mango": [{"b": 1, "a": 2}], "10": 0, "9": 0}
print(json.dumps(d))
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=2))

print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({2.5: "x", 1.5: "y"}, sort_keys=True))
print(json.dumps({True: 1, False: 0}, sort_keys=True))

for mixed in [{1: "int", "a": "str"}, {None: 1, "b": 2}, {"b": 1, 2: 2}]:
    try:
        print(json.dumps(mixed, sort_keys=True))
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({1: "int", "a": "str"}))
