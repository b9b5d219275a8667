import os
import os.path

cwd = os.getcwd()
# abspath() joins relative paths to the current directory and normalizes.
for p in ["x", "./x/../y", "", ".", "a//b/"]:
    a = os.path.abspath(p)
    print(repr(p), os.path.isabs(a), os.path.relpath(a, cwd))
print(os.path.abspath("/already//absolute/./x"))
print(os.path.abspath(b"/b/../c"))

pairs = [
    ("/usr/lib", "/usr/bin"),
    ("/usr/lib/python3", "/usr"),
    ("/usr", "/usr/lib/python3"),
    ("/", "/a/b/c"),
    ("/a/b/c", "/"),
    ("/a/b", "/a/b"),
    ("/a/b/", "/a/b"),
    ("/a/bc", "/a/b"),
    ("/x/y", "/p/q"),
]
for path, start in pairs:
    print(path, "from", start, "=", os.path.relpath(path, start))
print(os.path.relpath(b"/a/b/c", b"/a/d"))
# relative inputs are taken relative to the current directory
print(os.path.relpath("a/b/c", "a"), os.path.relpath("a", "a/b/c"), os.path.relpath("a/b"))
