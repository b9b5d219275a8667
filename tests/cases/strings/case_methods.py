words = ["hello world", "HELLO", "hELLO wORLD", "they're bill's friends", "ǆungla", "ß straße", "ﬁne", "İstanbul", "σίσυφος ΣΊΣΥΦΟΣ", "123abc", "a1b2 c3", ""]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("ß".upper(), len("ß".upper()), "ß".casefold(), "ß".lower())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "STRASSE".lower())
print("ΣΑΣ".lower(), "ΌΣΟΣ ΣΑ".lower())
print("ǅ".istitle(), "ǅ".upper(), "ǅ".lower(), "ǆ".title())
print("hello_world-foo bar".title(), "o'neil mc-donald".title())
