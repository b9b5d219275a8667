print("apple" < "banana", "apple" < "Apple", "a" < "aa", "" < "a", "Z" < "a", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=str.lower))
print(sorted(["item10", "item2", "item1"]), sorted(["10", "9", "1"]))
print("ab" * 3, 3 * "ab", "ab" + "cd", "abc" == "abc", "abc" != "ABC")
print("a" in "abc", "abc" in "abc", "" in "", "abd" not in "abcd")
print(min(["b", "a", "c"]), max("hello"), len("hello"), "hello".__len__())
s = "x"
s += "y"
s *= 2
print(s)
print(str(123), str(None), str([1, "a"]), str(b"bytes"), str(1.0), str(True))
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(ord("a"), chr(97), [ord(c) for c in "AZaz09"])
