class Temp:
    def __init__(self, c):
        self.c = c

    def __str__(self):
        return f"{self.c}°C"

    def __repr__(self):
        return f"Temp({self.c})"


temps = [Temp(20), Temp(-5)]
print(temps)
print(*temps)
print(str(temps), [str(t) for t in temps])
print({"now": Temp(1)}, (Temp(2),), {Temp(3).c: Temp(3)})
print(f"{temps}", f"{temps[0]}", "{}".format(temps), "%s / %r" % (temps[0], temps[0]))
print(", ".join(map(str, temps)), ", ".join(map(repr, temps)))
words = ["it's", "fine"]
print(words, *words, " ".join(words))
print(["a\nb"], "a\nb")
print([1.0, 2.50, 1e3], 1.0, 2.50, 1e3)
