import os.path

for p in ["/", "/a", "a", "", "./a", "~", "//net/share", "C:\\x", "\\a"]:
    print(repr(p), os.path.isabs(p), os.path.splitdrive(p), repr(os.path.normcase(p)))
print(os.path.isabs(b"/x"), os.path.splitdrive(b"rel"), os.path.normcase(b"MiXeD"))
print(os.path.normcase("MiXeD/Case"), os.path.supports_unicode_filenames)
