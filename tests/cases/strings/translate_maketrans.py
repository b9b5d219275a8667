table = str.maketrans("abc", "xyz")
print(sorted(table.items()))
print("aabbcc-abc".translate(table))
t2 = str.maketrans("aeiou", "AEIOU", "xyz")
print("the quick brown fox jumps lazy".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC"})
print(sorted(t3.items()), "abcabc".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): 48}))
print("hello".translate({}), "".translate(table))
class Lookup:
    def __getitem__(self, k):
        if chr(k) in "aeiou":
            return "*"
        raise LookupError
print("education".translate(Lookup()))
for args in [("abc", "xy"), (1,), ({"ab": "x"},)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 3.5})
except TypeError as e:
    print(type(e).__name__, e)
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!".translate(rot13)
print(msg, msg.translate(rot13))
