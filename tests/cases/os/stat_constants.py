import stat

names = [n for n in dir(stat) if n[:1].isupper() and not callable(getattr(stat, n))]
for n in sorted(names):
    v = getattr(stat, n)
    print(f"{n:36} {v:>8} {oct(v):>10}")
print(len(names))
