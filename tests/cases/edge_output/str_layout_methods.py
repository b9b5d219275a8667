s = "pyrite"
print(repr(s.center(12)), repr(s.center(13, "*")), repr(s.ljust(10, ".")), repr(s.rjust(10, "0")), repr(s.zfill(9)))
print(repr("-42".zfill(6)), repr("+7".zfill(4)), repr("abc".center(2)), repr("".center(3, "x")))
print(repr("a\tb\tc".expandtabs()), repr("ab\tcd\te".expandtabs(4)), repr("\t".expandtabs(0)))
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\u2028line8\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print(text.split("\n"))
print("  spaced   out  ".split(), "a,,b".split(","), "a b  c".split(" "), "".split(), "".split(","))
print("x".join([]), "-".join("abc"), ", ".join(["one"]), repr("\n".join(["", ""])))
table = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(row, widths))))
print("ǅungla".swapcase(), "hello world".title(), "HELLO".casefold(), "ß".casefold(), "they're".title())
print(repr(" \t\n x \n".strip()), repr("xxhixx".strip("x")), repr("abcba".lstrip("ab")), repr("www.ex.com".removeprefix("www.")))
