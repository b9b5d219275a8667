RAW = [
    ("ann", 91, 84, 77, 95),
    ("bob", 58, 71, 95),
    ("cyd", 100, 99, 98, 97, 96),
    ("dee", 73),
]


def summarize(name, first, *rest):
    scores = [first, *rest]
    best, *_, worst = sorted(scores, reverse=True) if len(scores) > 1 else (first, first)
    return {"name": name, "count": len(scores), "mean": sum(scores) / len(scores), "best": best, "worst": worst}


rows = [summarize(*record) for record in RAW]
header = ("name", "count", "mean", "best", "worst")
print(*(f"{h:>6}" for h in header))
for row in rows:
    name, count, mean, best, worst = row.values()
    print(f"{name:>6} {count:>6} {mean:>6.1f} {best:>6} {worst:>6}")

ranked = sorted(rows, key=lambda r: r["mean"], reverse=True)
(top, *middle, bottom) = ranked
print("top:", top["name"], "| bottom:", bottom["name"], "| middle:", [r["name"] for r in middle])
for place, (name, mean) in enumerate(((r["name"], r["mean"]) for r in ranked), start=1):
    print(f"#{place} {name} {mean:.2f}")
names, means = zip(*[(r["name"], round(r["mean"], 1)) for r in rows])
print(names, means)
lookup = dict(zip(names, means))
print(lookup, {**lookup, "new": 0.0})
pairs = list(zip(names, names[1:]))
print(pairs)
for (a, ma), (b, mb) in zip(lookup.items(), list(lookup.items())[1:]):
    print(f"{a} vs {b}: {'+' if ma > mb else '-'}{abs(ma - mb):.1f}")
