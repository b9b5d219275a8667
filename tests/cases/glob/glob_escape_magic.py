import glob

for s in ["plain.txt", "a*b", "what?", "[brackets]", "*?[", "", "dir/*/file", "]", "a]b"]:
    print(repr(s).ljust(14), glob.has_magic(s), repr(glob.escape(s)))
for s in [b"x*", b"plain", b"[x]"]:
    print(s, glob.has_magic(s), glob.escape(s))
print(glob.__all__)
