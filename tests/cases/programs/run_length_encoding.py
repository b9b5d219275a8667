def encode(s):
    if not s:
        return []
    runs = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            runs.append((prev, count))
            prev, count = ch, 1
    runs.append((prev, count))
    return runs


def to_text(runs):
    return "".join(f"{n}{ch}" if n > 1 else ch for ch, n in runs)


def from_text(text):
    out = []
    num = ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * (int(num) if num else 1))
            num = ""
    if num:
        raise ValueError(f"dangling count {num!r} at end of input")
    return "".join(out)


def encode_bytes(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)


def decode_bytes(data):
    if len(data) % 2:
        raise ValueError("odd length")
    return b"".join(bytes([data[k + 1]]) * data[k] for k in range(0, len(data), 2))


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", "", "x" * 30, "ééé日日本"]
for s in samples:
    runs = encode(s)
    t = to_text(runs)
    back = from_text(t)
    ratio = len(t) / len(s) if s else 0
    print(f"{t!r:<40} {len(s):>3} -> {len(t):>3} ({ratio:.2f}) roundtrip={back == s}")
print(encode("aaabccdddd"))

for bad in ["3a4", "12"]:
    try:
        print(from_text(bad))
    except ValueError as e:
        print("ValueError:", e)

raw = b"\x00" * 300 + b"ABBA" + b"\xff" * 3
enc = encode_bytes(raw)
print(len(raw), len(enc), enc[:8], enc[-6:])
print(decode_bytes(enc) == raw)
try:
    decode_bytes(b"\x01")
except ValueError as e:
    print("ValueError:", e)
print(list(encode_bytes(b"hello")))
