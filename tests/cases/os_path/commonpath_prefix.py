import os.path

groups = [
    ["/usr/lib", "/usr/local/lib"],
    ["/usr/lib", "/usr/lib/python3", "/usr/lib/x"],
    ["/a/b", "/a/bc"],
    ["a/b", "a/b/c", "a/./b/d"],
    ["/", "/etc"],
    ["x"],
    ["a//b", "a/b/"],
    ["", ""],
    ["p/q", "r/s"],
]
for g in groups:
    print(g, "->", repr(os.path.commonpath(g)), repr(os.path.commonprefix(g)))

print(os.path.commonpath([b"/x/y", b"/x/z"]))
print(os.path.commonpath(("/t/1", "/t/2")), os.path.commonpath(iter(["/k/a", "/k/b"])))
print(repr(os.path.commonprefix([])), os.path.commonprefix(["interstellar", "internet", "interval"]))
print(os.path.commonprefix([[1, 2, 3], [1, 2, 4]]), os.path.commonprefix([(0, 1), (0, 1, 2)]))

for bad in [[], ["/a", "b"], ["a", b"b"]]:
    try:
        os.path.commonpath(bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
