import os.path

cases = [
    ("a",),
    ("a", "b"),
    ("a", "b", "c"),
    ("a/", "b"),
    ("a//", "b"),
    ("a", "/b"),
    ("/a", "b", "/c", "d"),
    ("a", ""),
    ("a", "", ""),
    ("", "a"),
    ("", ""),
    ("", "", "a"),
    ("/", "a"),
    ("//", "a"),
    ("a", "b/", "c"),
    ("a", ".", ".."),
    ("~", "x"),
    ("/usr", "local", "lib", "python3.11"),
]
for parts in cases:
    print(repr(parts), "->", repr(os.path.join(*parts)))

print(os.path.join(b"a", b"b", b"/c", b"d"))
print(os.path.join(b"", b"x"), os.path.join(b"x", b""))

# Joining in a loop, the way programs build paths.
path = "root"
for level in range(4):
    path = os.path.join(path, "level%d" % level)
print(path)
print(os.path.join(*["p%d" % i for i in range(6)]))
