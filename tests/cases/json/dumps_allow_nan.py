import json

vals = [float("nan"), float("inf"), float("-inf"), [1.0, float("inf")], {"x": float("nan")}]
for v in vals:
    print(json.dumps(v))
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print("ValueError:", e)

print(json.dumps(1e308 * 10))
print(json.loads("[NaN, Infinity, -Infinity]"))
x = json.loads("NaN")
print(x != x)
try:
    json.dumps([1, 2, float("nan")], allow_nan=False, indent=2)
except ValueError as e:
    print("ValueError:", e)
