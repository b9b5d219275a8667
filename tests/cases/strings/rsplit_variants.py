s = "  a  b   c d  "
print(s.rsplit(), s.rsplit(None, 1), s.rsplit(maxsplit=2), s.rsplit(" ", 2))
print("a,b,,c,".rsplit(",", 1), "a,b,,c,".rsplit(",", 2), "a,b,,c,".rsplit(","))
print("archive.tar.gz".rsplit(".", 1), "archive.tar.gz".split(".", 1), "noext".rsplit(".", 1))
print("aaaa".rsplit("aa"), "aaa".rsplit("aa"), "aaa".split("aa"))
print("".rsplit(), "".rsplit("x"), "x".rsplit("x"))
print("a b c  ".rsplit(None, 0), "  a b c".rsplit(None, 0))
print("2024-01-15T10:30".rsplit(":", 1)[0].split("-"))
