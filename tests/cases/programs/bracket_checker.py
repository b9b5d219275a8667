PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
OPENERS = set(PAIRS.values())


class Mismatch(Exception):
    def __init__(self, pos, found, expected):
        self.pos, self.found, self.expected = pos, found, expected
        msg = f"position {pos}: found {found!r}"
        if expected:
            msg += f", expected {expected!r}"
        super().__init__(msg)


def check(text, allow_angle=False):
    stack = []
    in_string = None
    for i, ch in enumerate(text):
        if in_string:
            if ch == in_string:
                in_string = None
            continue
        if ch in "'\"":
            in_string = ch
        elif ch in OPENERS and (ch != "<" or allow_angle):
            stack.append((ch, i))
        elif ch in PAIRS and (ch != ">" or allow_angle):
            if not stack:
                raise Mismatch(i, ch, None)
            opener, _ = stack.pop()
            if opener != PAIRS[ch]:
                closer = {v: k for k, v in PAIRS.items()}[opener]
                raise Mismatch(i, ch, closer)
    if in_string:
        raise Mismatch(len(text), "end of input", in_string)
    if stack:
        opener, pos = stack[-1]
        raise Mismatch(len(text), "end of input", {v: k for k, v in PAIRS.items()}[opener])
    return True


def max_depth(text):
    depth = best = 0
    for ch in text:
        if ch in "([{":
            depth += 1
            best = max(best, depth)
        elif ch in ")]}":
            depth -= 1
    return best


cases = [
    "f(a[0], {'k': (1, 2)})",
    "((()))[]{}",
    "(]",
    "([)]",
    "{[}",
    "))",
    "print('(unbalanced in string')",
    "x = \"oops",
    "",
    "a < b > c",
    "[[[[[[[[[[]]]]]]]]]]",
]
for c in cases:
    try:
        check(c)
        print(f"OK    {c!r} depth={max_depth(c)}")
    except Mismatch as e:
        print(f"ERROR {c!r}: {e}")
for c in ["<a<b>>", "<a>>"]:
    try:
        print(c, check(c, allow_angle=True))
    except Mismatch as e:
        print(c, "->", e.pos, e.found, e.expected)
