tests = ["hello", "hello world", "HELLO WORLD", "hello   world", "3rd place", "x-ray vision", "o'brien's dog", "ÉCOLE élève",
         "aBcD", "mIxEd CaSe 123", "ﬂour", "ǳ", "i̇", ""]
for t in tests:
    print(repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), t.title().istitle())
print("ß".swapcase(), "ß".capitalize(), "ß".title(), "µ".upper(), "µ".swapcase())
print("hello".capitalize() is not None, "Hello".capitalize() == "Hello")
def smart_title(s, small=("a", "an", "the", "of", "and", "in")):
    words = s.split()
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in small:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)
for s in ["the lord of the rings", "a tale OF two cities", "war AND peace", "in the mood"]:
    print(repr(s.title()), repr(smart_title(s)))
print("HeLLo".swapcase().swapcase(), "ǈ".swapcase(), "ΑΣ".swapcase())
