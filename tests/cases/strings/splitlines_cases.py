text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines())
print(text.splitlines(keepends=True))
print(text.splitlines(True) == text.splitlines(keepends=1))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "a\n".splitlines(), "a".splitlines())
print("x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r".splitlines())
print("a\r\n\r\nb".splitlines(True))
print(text.split("\n"))
print("trailing\n".split("\n"), "trailing\n".splitlines())
for i, line in enumerate("alpha\nbeta\ngamma".splitlines(), 1):
    print(i, line)
