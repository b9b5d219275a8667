"""A wc-like tool: lines, words, characters and bytes of text files, plus the top words."""
import os
import sys
import tempfile
from collections import Counter

TEXT = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!

Ünïcödé wörds count too — don't they?
last line without newline"""


def wc(path):
    lines = words = chars = 0
    counts = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            lines += line.endswith("\n")
            chars += len(line)
            parts = line.split()
            words += len(parts)
            for w in parts:
                w = w.strip(".,;!?—").lower()
                if w:
                    counts[w] += 1
    nbytes = os.path.getsize(path)
    return lines, words, chars, nbytes, counts


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("sample.txt", "w", encoding="utf-8") as f:
        f.write(TEXT)
    with open("empty.txt", "w"):
        pass
    with open("crlf.txt", "wb") as f:
        f.write(b"one two\r\nthree\r\n")
    totals = [0, 0, 0, 0]
    for name in ["sample.txt", "empty.txt", "crlf.txt", "missing.txt"]:
        try:
            l, w, c, b, counts = wc(name)
        except OSError as e:
            print(f"wc: {name}: {e.strerror}", file=sys.stderr)
            continue
        for i, v in enumerate((l, w, c, b)):
            totals[i] += v
        print(f"{l:7}{w:8}{c:8}{b:8} {name}")
        for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
            print(f"        {word!r}: {n}")
    print(f"{totals[0]:7}{totals[1]:8}{totals[2]:8}{totals[3]:8} total")
    os.chdir("/")
