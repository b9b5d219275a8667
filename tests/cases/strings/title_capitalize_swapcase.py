tests = ["hello", "hello world", "HELLO WORLD", "hello   world", "3rd place", "x-ray vision", "o'brien's dog", "ÉCOLE élève",
         "aBcD", "mIxEd CaSe 123", "ﬂour", "ǳ", "i̇", ""]
for t in tests:
    print(repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), t.title().istitle())
print("ß".swapcase(), "ß".capitalize(), "ß".title(), "µ".upper(), "µ".swapcase())
print("hello".capitalize() is not None, "Hello".capitalize() == "Hello")
