totals = {}
for name, amount in [("rent", 900), ("food", 250), ("food", 75), ("fun", 40)]:
    totals[name] = totals.get(name, 0) + amount
for k, v in totals.items():
    print(f"{k:>5}: {v}")
for i, c in enumerate("abc", start=1):
    print(i, c)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
for x in []:
    print("never")
print("x defined?", "x" in globals())
for x in range(3):
    pass
print("x after loop", x)
d = {}
for d["key"] in range(3):
    pass
print(d)
lst = [None, None]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
