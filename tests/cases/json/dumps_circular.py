import json

a = [1, 2]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)

d = {"k": 1}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)

try:
    json.dumps({"a": [d]}, indent=2)
except ValueError as e:
    print("ValueError:", e)


class Node:
    def __init__(self):
        self.me = self


try:
    json.dumps(Node(), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)

# shared (non-circular) references are fine
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))

try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError")
except ValueError as e:
    print("ValueError:", e)

deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(json.dumps(deep))
