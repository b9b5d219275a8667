s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("one", "1", 2), s.replace("three", "3"), s.replace(" ", ""))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "banana".replace("ana", "*"))
print("a.b.c".replace(".", ".."), "xx".replace("x", "xx", 1))
print("ÀÀÀ".replace("À", "a", 2), "😀😀".replace("😀", ":)"))
try:
    "a".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".replace(1, "b")
except TypeError as e:
    print(type(e).__name__, e)
template = "Dear NAME, your order ORDER ships DATE."
for k, v in {"NAME": "Ann", "ORDER": "#42", "DATE": "today"}.items():
    template = template.replace(k, v)
print(template)
