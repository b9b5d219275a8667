print(repr("a\tb\tc".expandtabs()))
print(repr("a\tb\tc".expandtabs(4)))
print(repr("abcdefgh\tx".expandtabs(4)))
print(repr("\t".expandtabs(0)), repr("a\tb".expandtabs(1)), repr("a\tb".expandtabs(-3)))
print(repr("ab\ncd\tef\r\tg".expandtabs(4)))
print(repr("12345\t6\t".expandtabs(3)))
print(repr("no tabs".expandtabs()), repr("".expandtabs()))
for row in [["name", "qty"], ["apple", "3"], ["kiwi fruit", "12"]]:
    print("\t".join(row).expandtabs(8) + "|")
