import json

for doc in ["1.0e+2", "1E+2", "0.0e-0", "-0", "-0.0", "1.5E3", "10", "-10.25e-1", "0", "0.5",
            "1" + "0" * 30, "9" * 25 + ".5", "1e-5", "123.456e7", "4.9e-324", "2e-324", "1.7976931348623159e308"]:
    v = json.loads(doc)
    print(doc, "->", repr(v), type(v).__name__)

for doc in ["\u00a01", "1\u00a0", "\f1", "[1,\v2]", "- 1", "1.e5", "00", "-01", "1e1.5", "Infinity1",
            "[Infinity, -Infinity, NaN]", "-NaN", "infinity", "[-Infinity]", "1_000"]:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)

try:
    json.loads("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(json.dumps(10 ** 4000)))
print(json.loads("1" * 4300) == int("1" * 4300))
print(json.loads("1." + "1" * 5000) > 1)
