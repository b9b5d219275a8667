inventory = {"apples": 3, "pears": 0, "plums": 12}
for name, count in inventory.items():
    print(f"{name:>7}: {count}")

(k1, v1), (k2, v2), (k3, v3) = inventory.items()
print(k1, v1, k3, v3)
keys = [*inventory]
vals = [*inventory.values()]
print(keys, vals)
first_key, *other_keys = inventory
print(first_key, other_keys)
merged = {**inventory, "pears": 7, **{"kiwis": 1}}
print(merged)
inverted = {v: k for k, v in inventory.items()}
print(inverted)
print(sorted(inventory.items(), key=lambda kv: kv[1]))
print(max(inventory.items(), key=lambda kv: kv[1]))
name, count = min(inventory.items(), key=lambda item: (item[1], item[0]))
print(name, count)


def configure(host="localhost", port=80, **extra):
    return f"{host}:{port} {extra}"


settings = {"host": "example.com", "port": 8080}
print(configure(**settings))
print(configure(**settings, debug=True))
print(configure(**{**settings, "port": 443}))
entries = [("a", 1), ("b", 2)]
print(dict(entries), dict(entries, c=3), dict(**dict(entries)))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
