s = "Mississippi"
print(list(s), tuple(s[:3]), set(s) == {"M", "i", "s", "p"}, dict.fromkeys("aab", 0))
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([(c, s.count(c)) for c in sorted(set(s))])
runs = []
prev, n = s[0], 0
for ch in s:
    if ch == prev:
        n += 1
    else:
        runs.append(f"{prev}{n}")
        prev, n = ch, 1
runs.append(f"{prev}{n}")
print("".join(runs))
parts = []
for i, ch in enumerate(s):
    parts.append(ch.upper() if i % 2 else ch.lower())
print("".join(parts))
print("".join(reversed(s)), "".join(sorted(s)), "".join(sorted(s, key=str.lower, reverse=True)))
print(list(enumerate("abc", 1)), list(zip("abc", "xyz")), [c * i for i, c in enumerate("abc")])
print(any(c.isupper() for c in s), all(c.isalpha() for c in s), sum(c == "s" for c in s))
print(next(iter(s)), list(iter("ab")), "".join(map(chr, range(97, 102))))
