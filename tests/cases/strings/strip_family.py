s = "  \t\n hello world \r\n\x0b "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhixy".strip("yx")), repr("abcba".strip("ab")), repr("aaa".strip("a")))
print(repr("www.example.com".strip("cmowz.")), repr("www.example.com".lstrip("w.")), repr("www.example.com".rstrip(".moc")))
print(repr("  spaces  ".strip(None)), repr("  spaces  ".strip("")), repr("".strip()), repr("   ".strip()))
print(repr("\u3000ideographic\u00a0".strip()), repr("\u200bzero-width\u200b".strip()))
print(repr("prefix_name".removeprefix("prefix_")), repr("prefix_name".removeprefix("x")), repr("a.py".removesuffix(".py")), repr("a.py".removesuffix("")))
print(repr("aaab".lstrip("a")), repr("baaa".rstrip("a")), repr("12300".rstrip("0")), repr("0.500".rstrip("0").rstrip(".")))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
