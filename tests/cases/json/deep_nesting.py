import json
import sys

depth = 200
doc = "[" * depth + "]" * depth
value = json.loads(doc)
n = 0
while value:
    value = value[0]
    n += 1
print("parsed depth", n + 1)
print(len(json.dumps(json.loads(doc))))

obj_doc = '{"a": ' * 100 + "1" + "}" * 100
v = json.loads(obj_doc)
print(json.dumps(v)[:30], json.dumps(v) == obj_doc.replace(" ", " "))

too_deep = "[" * 100000 + "]" * 100000
try:
    json.loads(too_deep)
    print("parsed")
except RecursionError:
    print("RecursionError")

nested = []
for _ in range(100000):
    nested = [nested]
try:
    json.dumps(nested)
    print("encoded")
except RecursionError:
    print("RecursionError")
print("still alive")
