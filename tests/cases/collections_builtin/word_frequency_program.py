TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""

words = []
for line in TEXT.lower().splitlines():
    for raw in line.split():
        w = raw.strip(",.")
        if w:
            words.append(w)

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1

top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<8}{n:>3} {'#' * n}")

by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, by_length[length])

first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print(list(first_seen)[:6])
print(len(words), len(freq), sum(freq.values()) == len(words))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:3])
