import os.path

names = ["file.txt", "archive.tar.gz", ".bashrc", "..hidden", "...dots", "a.", "a..b",
         "noext", "dir.d/file", "dir.d/.profile", "/a/b.c/d", ".a.b", "x/y.z/", "",
         ".", "..", "a/..b", "a/.b.c", "photo.JPG", "  spaced .txt"]
for name in names:
    root, ext = os.path.splitext(name)
    assert root + ext == name
    print(repr(name), "->", repr(root), repr(ext))

print(os.path.splitext(b"image.png"), os.path.splitext(b".config"))

# Swapping extensions the usual way.
for name in ["notes.md", "README", "backup.tar.gz", ".env"]:
    root, ext = os.path.splitext(name)
    print(name, "=>", root + ".bak")
