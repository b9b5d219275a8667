import fnmatch

chars = "abcxyz-!]^[\\&.0"
patterns = ["[abc]", "[!abc]", "[a-c]", "[!a-c]", "[c-a]", "[!c-a]", "[]a]", "[!]a]",
            "[a-]", "[-a]", "[!-]", "[^a]", "[[a]", "[a-c-z]", "[z-a-c]", "[b-a!x]",
            "[\\]", "[&]", "[!]", "[", "[0-9a-c]", "[--0]"]
print(" " * 10 + " ".join(chars))
for pat in patterns:
    row = " ".join("x" if fnmatch.fnmatchcase(c, pat) else "." for c in chars)
    print(pat.ljust(10) + row)
print(fnmatch.fnmatchcase("[", "["), fnmatch.fnmatchcase("[!]", "[!]"), fnmatch.fnmatchcase("a]", "a]"))
