PARAGRAPH = ("Pyrite is a small interpreter for a large language. It aims to run ordinary "
             "programs unchanged, print exactly what CPython prints, and fail with the same "
             "messages when things go wrong. Supercalifragilisticexpialidocious words must be "
             "handled too, even when they are longer than the line width itself.")


def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur)
                cur = ""
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (40, 25, 12):
    lines = wrap(PARAGRAPH, width)
    print(f"--- width {width}: {len(lines)} lines ---")
    for i, line in enumerate(lines):
        shown = line if i == len(lines) - 1 else justify(line, width)
        print(f"|{shown:<{width}}|")

print("--- centered box ---")
lines = wrap("Hello there, this is a boxed message!", 16)
w = max(map(len, lines))
print("+" + "-" * (w + 2) + "+")
for line in lines:
    print("| " + line.center(w) + " |")
print("+" + "-" * (w + 2) + "+")
print(wrap("", 10), wrap("a b c", 1), wrap("abcdef", 3))
print(repr(justify("a b c", 9)), repr(justify("x", 4)))
