def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"{key} not found") from None

print(lookup({"x": 1}, "x"))
lookup({"x": 1}, "y")
