s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith("o", 0, -6), s.endswith(""), s.startswith(""))
print(s.startswith(("hi", "he")), s.startswith(("x", "y")), s.endswith(("ld", "xx")), s.startswith(()))
print("".startswith(""), "".endswith("a"), "abc".startswith("", 3), "abc".startswith("", 4))
print(s.startswith("hello", -11), s.endswith("world", -5), s.startswith("o", -1))
files = ["report.pdf", "photo.JPG", "notes.txt", "archive.tar.gz", "script.py"]
images = [f for f in files if f.lower().endswith((".jpg", ".png", ".gif"))]
print(images, [f for f in files if f.endswith((".gz", ".py"))])
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
