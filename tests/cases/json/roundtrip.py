import json

# a deterministic pseudo-random generator of nested values
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n


ALPHABET = "abcxyzé€😀\"\\\n\t/ "


def make(depth):
    kind = rnd(8 if depth < 4 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return rnd(2) == 1
    if kind == 2:
        return rnd(10 ** 12) - 5 * 10 ** 11
    if kind == 3:
        return (rnd(10 ** 6) - 500000) / (rnd(999) + 1)
    if kind == 4:
        return "".join(ALPHABET[rnd(len(ALPHABET))] for _ in range(rnd(8)))
    if kind in (5, 6):
        return [make(depth + 1) for _ in range(rnd(4))]
    return {"".join(ALPHABET[rnd(len(ALPHABET))] for _ in range(rnd(5))): make(depth + 1)
            for _ in range(rnd(4))}


for i in range(30):
    value = make(0)
    for kw in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}):
        text = json.dumps(value, **kw)
        assert json.loads(text) == value, (value, kw)
    print(json.dumps(value, ensure_ascii=False)[:70])
print("all round trips ok")
