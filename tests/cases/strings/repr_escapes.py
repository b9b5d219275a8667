tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r", "back\\slash", "\x00\x01\x7f",
         "\x80\x9f\xa0", "é", "€", "日本", "😀", "\u200b", "\ufeff", "\U0001f600", "\ud800", "\u2028", "\x1b[0m",
         "'", '"', "''\"", "\\n", "\a\b\f\v", "\xad", "\u0301", "a\u0301"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(str("it's"), repr(repr("x")), repr(["a'b", 'c"d']))
print(f"{'quote' + chr(39)!r}", "%r" % "x\ty")
