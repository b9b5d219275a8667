samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "½", "²", "٣", "一二三", "Ⅻ", "ﬁ", "é", "ß", "Σ",
           "Hello World", "Hello world", "hello_world", "_private", "class", "2fast", "x1", "ǅ", "日本", "🙂", "a b"]
print(f"{'s':>14} alpha num dec dig space upper lower title ident print ascii")
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(), s.isupper(),
             s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"{s!r:>14}", " ".join("T" if f else "." for f in flags))
print("\x00".isprintable(), "\x7f".isprintable(), "\u00ad".isprintable(), "\n".isprintable(), " ".isprintable())
