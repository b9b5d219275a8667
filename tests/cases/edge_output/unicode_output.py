samples = ["café", "naïve", "Ångström", "日本語", "中文字符", "한국어", "Ελληνικά", "русский", "עברית", "العربية",
           "😀", "👍🏽", "🇫🇷", "e\u0301", "ß", "ﬁ", "Ⅻ", "½", "∑∫√∞", "\u200bzero-width"]
for s in samples:
    print(f"{s!s:<12}|{len(s):>3}|{s.upper()}|{s.lower()}|{ascii(s)}")
print(samples)
print(" ".join(samples[:5]))
print("emoji row:", "🐍" * 10, "⭐✨🔥")
print("mixed: A→B ⇒ C ≠ D ≤ E ≥ F ± G × H ÷ I")
print("box:", "┌─┬─┐", "│ │ │", "└─┴─┘", sep="\n")
print("café".encode(), "日本".encode("utf-8"), "😀".encode("utf-16-le"), len("😀".encode()))
print([ord(c) for c in "aé日😀"], chr(0x1F600), chr(233), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print("straße".upper(), "ǅ".lower(), "ǆ".title(), "ﬁnance".upper(), "İ".lower(), len("İ".lower()))
print("日本語"[1], "日本語"[::-1], "😀x"[0], sorted("cabé日"), "é" > "z")
print(f"{'日本':>6}|{'日本':*^7}|{'é':_<3}|")
print("tab\tsep", "vt-free", sep=" / ")
print(repr("tab\tsep\x00\x07\x7f\x80\xff\u2028"))
