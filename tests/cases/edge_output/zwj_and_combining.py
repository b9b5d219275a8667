family = "👨\u200d👩\u200d👧"
flag = "🏳️\u200d🌈"
accent = "a\u0300\u0301\u0302"
hangul = "\u1100\u1161\u11a8"
samples = [family, flag, accent, hangul, "\u0915\u094d\u0937", "🧑🏿‍🚀"]
for s in samples:
    print(s, len(s), [hex(ord(c)) for c in s])
print(samples)
print(ascii(samples))
print(family[::-1] == "".join(reversed(family)), family.encode("utf-8"))
print("|".join(samples), "".join(samples).count("\u200d"))
print("x\u0301y".upper(), "\u00c5" == "A\u030a", len("\u00c5"), len("A\u030a"))
print("right-to-left: \u05e9\u05dc\u05d5\u05dd (shalom)")
