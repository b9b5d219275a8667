"""CPython counterpart of examples/bench.rs."""
import re
import time


def text(n):
    words = ["lorem", "ipsum", "dolor", "sit", "amet,", "consectetur", "adipiscing", "elit", "2024-05-17", "x@y.org", "\n"]
    out = []
    size = 0
    i = 0
    while size < n:
        w = words[(i * 7 + i // 13) % len(words)]
        out.append(w + " ")
        size += len(w.encode()) + 1
        i += 1
    return "".join(out)


def bench(name, pattern, flags, subject, reps):
    r = re.compile(pattern, flags)
    t = time.perf_counter()
    n = 0
    for _ in range(reps):
        n += sum(1 for _ in r.finditer(subject))
    print("%-28s %8.1f ms  (%d matches)" % (name, (time.perf_counter() - t) * 1000 / reps, n // reps))


t = text(1_000_000)
bench("literal", "consectetur", 0, t, 5)
bench("literal absent", "zebra", 0, t, 5)
bench("words", r"\w+", 0, t, 3)
bench("dates", r"(\d+)-(\d+)-(\d+)", 0, t, 5)
bench("emails", r"[\w.]+@[\w.]+", 0, t, 3)
bench("ignorecase", "(?i)LOREM", 0, t, 5)
bench("alternation", "dolor|amet|elit", 0, t, 5)
bench("spaces", r"\s+", 0, t, 3)
bench("line starts", r"(?m)^\w+", 0, t, 5)
bench("lazy", r"l.*?m", 0, t, 3)
ab = "ab" * 50000
bench("(a|b)*c on ab*", r"(a|b)*c", 0, ab[:2000], 1)
bench("(?:a|b)*$", r"(?:a|b)*$", 0, ab, 1)
bench(".*y failing (quadratic)", r".*y", 0, "x" * 5000, 1)
