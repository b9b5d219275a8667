import os.path

cases = ["", ".", "..", "/", "//", "///", "////a", "//a", "a//b", "a/./b", "a/../b",
         "a/b/..", "a/b/../..", "a/b/../../..", "../../a", "/..", "/../..", "/a/../..",
         "./", "./a/", "a/.", "a/b/./../c/", "//..", "//a/../b", "x/y/z/../../w",
         "~/../x", "a/...", ".../a", "/./././"]
for p in cases:
    print(repr(p).ljust(16), repr(os.path.normpath(p)))

for p in [b"a//b/../c", b"", b"/../"]:
    print(p, os.path.normpath(p))

# normpath is purely textual: it does not look at the disk.
print(os.path.normpath("no/such/dir/../file"))
