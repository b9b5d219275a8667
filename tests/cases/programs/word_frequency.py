TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period.
"""

STOP = {"the", "of", "it", "was", "we", "to", "in", "so", "us", "all"}


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()


all_words = words(TEXT)
counts = {}
for w in all_words:
    counts[w] = counts.get(w, 0) + 1

print("total words:", len(all_words), "distinct:", len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 8:")
for word, n in top[:8]:
    print(f"  {word:<10} {n:>3} {'*' * n}")

content = {w: n for w, n in counts.items() if w not in STOP}
print("top content words:", sorted(content, key=lambda w: (-content[w], w))[:6])

by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length, reverse=True)[:3]:
    print(length, sorted(by_length[length]))

first_seen = {}
for i, w in enumerate(all_words):
    first_seen.setdefault(w, i)
print("first 6 distinct in order:", list(first_seen)[:6])

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
print(max(counts, key=len), min(counts, key=lambda w: (len(w), w)))
bigrams = {}
for a, b in zip(all_words, all_words[1:]):
    bigrams[a, b] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
