s = "  a  b   c d  "
print(s.split(), s.split(None, 1), s.split(maxsplit=2), s.split(" "), s.split(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".split(",", -1), "a,b,,c,".split(",", 0))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a<>b<>c".split("<>"), "aaa".split("a"), "aaa".split("aa"))
print("one\ttwo\nthree\x0bfour\x0cfive\rsix\x1cseven".split())
print("a b c".split(None, 0), "  a b c".split(None, 0), "a b c  ".split(None, 0))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("k=v=w".split("=", maxsplit=1), "path/to/file".split("/", 5))
print("a\u3000b\u00a0c".split(), "x\u2028y".split())
