import os.path

paths = ["", "/", "//", "///", "a", "a/", "a/b", "a/b/", "a//b", "/a", "/a/b/c",
         "//a/b", "///a//b//", ".", "..", "./a", "../a/b", "a/./b", "dir/file.txt",
         "/usr/local/lib/", "~/notes.md"]
width = max(len(repr(p)) for p in paths)
for p in paths:
    head, tail = os.path.split(p)
    assert os.path.dirname(p) == head and os.path.basename(p) == tail
    print(repr(p).ljust(width), repr(head).ljust(14), repr(tail))

for p in [b"a/b", b"/x/", b"name"]:
    print(p, os.path.split(p), os.path.dirname(p), os.path.basename(p))

# Walking up to the root by repeated dirname().
p = "/srv/data/archive/2023/report.csv"
while True:
    parent = os.path.dirname(p)
    print(p)
    if parent == p:
        break
    p = parent
