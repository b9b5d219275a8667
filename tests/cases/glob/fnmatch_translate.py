import fnmatch

patterns = ["*", "*.py", "a*", "*a", "a*b", "*a*", "a*b*c", "*a*b*", "***", "a**b", "?",
            "??*", "[abc]", "[!abc]", "[a-z]", "[z-a]", "[!z-a]", "[]]", "[!]]", "[!]",
            "[", "]", "[a-]", "[-a]", "[^x]", "[[x]", "[a&&b]", "[a||b]", "[a~~b]",
            "[a\\b]", "a.b", "a+b(c)", "{x}", "$^", "tab\there", "new\nline", "sp ace",
            "#hash", "~tilde", "caf\u00e9", "[a-c-e]", "[b-a!x]", "a[", "a[b", "[*]", "[?]",
            "x/y/*.c", "", "a-b", "\\", "%d"]
for p in patterns:
    print(repr(p).ljust(12), fnmatch.translate(p))
