print("%s" % "str", "%s" % 5, "%s" % [1, 2], "%s" % {"k": 1})
print("%s" % ((1, 2),), "%r" % ((),))
try:
    print("%s" % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%s and %s" % [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("%s and %s" % tuple([1, 2]))
print("%(x)s" % {"x": (1, 2)}, "%s" % {"x": 1}, "no args" % {})
class Named:
    def __getitem__(self, k):
        return k * 2
print("%(ab)s %(c)s" % Named())
print("%-6s|%6s|" % ("é", "日本"), "%3c|" % "x", "%-3c|" % 65)
print("%.2s" % "abc", "%.0s|" % "abc", "%5.1s|" % "abc")
print("%s" % b"bytes", "%r" % b"bytes", "%a" % "é")
