readings = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
unique = set(readings)
print(sorted(unique), len(unique))
print(list(dict.fromkeys(readings)))
seen, dupes = set(), set()
for r in readings:
    (dupes if r in seen else seen).add(r)
print(sorted(dupes))
allowed = frozenset(range(1, 6))
print([r for r in readings if r in allowed])
print(sorted(unique - allowed), allowed - unique, unique & allowed == allowed)
print(3 in unique, 7 not in unique, {1, 2} in [{1, 2}], frozenset({1}) in {frozenset({1})})
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print({True, 1, 1.0}, {0, False}, len({0, 0.0, False, ""}))
