text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
punct = ",.;:!?"
words = text.lower().translate(str.maketrans("", "", punct)).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w, _ in ranked)
print(f"{len(words)} words, {len(counts)} distinct")
for word, n in ranked[:8]:
    bar = "#" * n
    print(f"{word:<{width}} {n:>3} {bar}")
lines = text.splitlines()
longest = max(lines, key=len)
print("longest line:", len(longest), "chars")
print("capitalized:", [w.strip(punct) for w in text.split() if w[0].isupper()])
print("acronym:", "".join(w[0] for w in "portable operating system interface".split()).upper())
print(" | ".join(line.split(",")[0].title() for line in lines))
