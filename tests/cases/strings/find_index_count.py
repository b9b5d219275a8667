s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 11), s.find("", 12))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("abra"), s.rfind("abra", 1), s.rfind(""))
print(s.find("a", -4), s.find("a", -100), s.find("bra", 2, -1), s.find("bra", 2, 100))
print(s.index("c"), s.rindex("b"), s.index("ra", 3), s.rindex("ra", 0, 5))
print(s.count("a"), s.count("abra"), s.count(""), s.count("a", 3), s.count("a", 3, 7), s.count("aa"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "".count(""), "".find(""), "abc".count("", 1, 2))
for fn, args in [(s.index, ("z",)), (s.rindex, ("a", 1, 3)), (s.index, ("",)), (s.index, ("a", 20))]:
    try:
        print(fn(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
print(s.find("a", None, None), s.count("a", None, 5))
print("日本語のテキスト".find("テ"), "naïve café".rfind("é"), "😀a😀".count("😀"))
