# String building: str.join over generated pieces, f-strings with format
# specs, += concatenation, %-formatting, str methods (upper, replace, split,
# find, startswith) and slicing.


def build_lines(n):
    lines = []
    for i in range(n):
        lines.append(f"{i:06d}|{i * 37 % 1000:>5}|{'x' * (i % 7)}|{i / 8:.3f}")
    return "\n".join(lines)


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 200:
            s = s[100:]
    return s


def transform(text):
    total = 0
    count = 0
    for line in text.split("\n"):
        parts = line.split("|")
        key = parts[0].lstrip("0") or "0"
        name = parts[2].upper().replace("X", "ab")
        total += len(key) + len(name) + parts[1].strip().find("7")
        if line.startswith("00"):
            count += 1
    return total, count


def percent(n):
    out = []
    for i in range(n):
        out.append("%d:%s:%5.2f" % (i, hex(i), i / 3))
    return "".join(out)


def main():
    text = build_lines(250000)
    t, c = transform(text)
    s = concat(800000)
    p = percent(250000)
    h = 0
    for ch in p[::97]:
        h = (h * 131 + ord(ch)) % 1000000007
    print("string_build", len(text), t, c, s[-20:], len(p), h)


main()
