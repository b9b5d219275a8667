import fnmatch

names = ["main.py", "Main.PY", "test_main.py", "README.md", "setup.cfg", ".hidden.py",
         "data_01.csv", "data_2.csv", "a", "ab", "abc", "x/y.py", "line\nbreak.py"]
patterns = ["*.py", "*.PY", "test_*", "?", "??", "a*c", "*.[ch]", "data_??.csv",
            "data_[0-9].csv", "[!.]*.py", "*", "", "*/*", "README*", "*break*", "main.py"]
for pat in patterns:
    print(f"{pat!r:18} {fnmatch.filter(names, pat)}")
print(fnmatch.fnmatch("Main.PY", "*.py"), fnmatch.fnmatchcase("Main.PY", "*.py"))
print(fnmatch.fnmatch("x", "X"), fnmatch.fnmatchcase("abc", "a?c"), fnmatch.fnmatch("", ""))
print(fnmatch.fnmatch(b"bin.so", b"*.so"), fnmatch.filter([b"a.o", b"b.c"], b"*.o"))
print(fnmatch.filter(iter(["q1", "q2", "r1"]), "q*"), fnmatch.filter("abc", "[ac]"))
print(fnmatch.__all__)
