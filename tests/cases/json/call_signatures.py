import json

for call in [lambda: json.dumps([1], 2), lambda: json.dumps(), lambda: json.loads(),
             lambda: json.loads("[]", None), lambda: json.dump([1]),
             lambda: json.JSONEncoder(indent=2).encode(), lambda: json.JSONDecoder().decode(),
             lambda: json.JSONDecoder(None), lambda: json.loads("1", object_hook=1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# non-callable hooks are only called when needed
print(json.loads("[1]", object_hook=1))
try:
    json.loads('{"a": 1}', object_hook=1)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object(), default=5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([1], indent=[2])
except TypeError as e:
    print("TypeError:", e)
