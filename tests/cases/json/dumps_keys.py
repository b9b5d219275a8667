import json

print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", -3: "f"}))
print(json.dumps({1e20: 1, float("inf"): 2, float("-inf"): 3, 0.1: 4}))
print(json.dumps({float("nan"): 1}))
print(json.dumps({12345678901234567890123: "big"}))

for bad in [{(1, 2): "tuple"}, {b"x": 1}, {frozenset(): 1}, {1j: 2}]:
    try:
        print(json.dumps(bad))
    except TypeError as e:
        print("TypeError:", e)

print(json.dumps({(1, 2): "tuple", "ok": 1, b"x": 2}, skipkeys=True))
print(json.dumps({(1, 2): "tuple"}, skipkeys=True))
print(json.dumps({"t": (1, 2), "z": 1, "a": 2}, skipkeys=True, sort_keys=True, indent=2))
try:
    json.dumps({(1, 2): "t", "z": 1}, skipkeys=True, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

# keys collide after conversion: both are kept
print(json.dumps({1: "int", "1": "str"}))
print(json.loads(json.dumps({1: "int", "1": "str"})))
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
