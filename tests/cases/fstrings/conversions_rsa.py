class Thing:
    def __str__(self):
        return "Thing(str)"
    def __repr__(self):
        return "Thing(repr)"
    def __format__(self, spec):
        return f"Thing(format:{spec})"
t = Thing()
print(f"{t}", f"{t!s}", f"{t!r}", f"{t!a}", f"{t:xyz}", f"{t!s:>12}", f"{t!r:*^15}")
s = "héllo\n'wörld'"
print(f"{s!r}", f"{s!a}", f"{s!s}")
print(f"{'😀'!a}", f"{'😀'!r}", f"{b'bytes'!s}", f"{[1, 'a']!s}", f"{ {'k': 'é'}!a}")
print("{!r} {!s} {!a}".format("x", "y", "ñ"))
print("{0!r:>10}|{0!s:<6}|".format("ab"))
print(format(t, "spec"), format(t), str.format("{:abc}", t))
print(f"{3.0!r}", f"{3!r:>4}", f"{None!r}", f"{True!s:^8}|")
