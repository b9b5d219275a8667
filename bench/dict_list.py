# Dict and list work: word counting with dict.get, list comprehensions,
# sorting with a key function, dict/set comprehensions, slicing, membership.


def make_words(n):
    syll = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "su"]
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + x % 3
        w = ""
        y = x >> 8
        for _ in range(k):
            w += syll[y % 10]
            y //= 10
        words.append(w)
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    words = make_words(800000)
    counts = count(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    lengths = [len(w) for w in words if w[0] in "kmr"]
    squares = {i: i * i for i in range(2000)}
    evens = sorted({w for w in words if len(w) % 4 == 0})
    nums = [(i * 7919) % 10007 for i in range(600000)]
    nums.sort()
    nums2 = sorted(nums, key=lambda v: (v % 100, -v))
    s = 0
    for i in range(0, len(nums2), 1000):
        s += nums2[i] * (i % 13)
    grid = [[(r * c) % 10 for c in range(100)] for r in range(600)]
    col = [sum(row[c] for row in grid) for c in range(0, 100, 7)]
    inv = {}
    for w, c in counts.items():
        inv.setdefault(c, []).append(w)
    present = sum(1 for i in range(0, 100000, 3) if i in squares)
    print("dict_list", len(counts), top[0], top[-1], sum(lengths), len(evens),
          evens[:3], s, col, len(inv), present, sum(squares.values()) % 99991)


main()
