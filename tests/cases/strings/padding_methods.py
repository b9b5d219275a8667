for w in ["abc", "", "abcdef", "ab"]:
    print(repr(w.center(6)), repr(w.center(6, "*")), repr(w.ljust(6, ".")), repr(w.rjust(6, "-")), repr(w.zfill(6)))
print(repr("abc".center(2)), repr("abc".center(-1)), repr("a".center(4)), repr("ab".center(5)), repr("abc".center(6)))
print(repr("ab".center(5, "x")), repr("abc".center(4, "x")), repr("abc".center(5, "x")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "--42".zfill(6), "abc".zfill(5), "-".zfill(3), "".zfill(2))
print("3.14".zfill(8), "-3.14".zfill(8), "1e5".zfill(6))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust(5, "")
except TypeError as e:
    print(type(e).__name__, e)
print("é".center(5, "─"), "日本".rjust(6, "・"))
