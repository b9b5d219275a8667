import json

data = {"a": [1, 2, {"b": None}], "c": "d"}
print(json.dumps(data))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(", ", " = ")))
print(json.dumps(data, separators=[";", "=>"]))
print(json.dumps(data, indent=2, separators=(",", ": ")))
print(repr(json.dumps(data, indent=2)))
print(repr(json.dumps(data, indent=2, separators=(", ", ": "))))
print(json.dumps(data, indent=1, separators=(" ,", " :")))

for bad in [(",",), (",", ":", "!"), None, "ab"]:
    try:
        print(repr(json.dumps(data, separators=bad)))
    except Exception as e:
        print(type(e).__name__, e)
