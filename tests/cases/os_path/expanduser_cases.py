import os
import os.path

os.environ["HOME"] = "/home/tester"
for p in ["~", "~/", "~/notes.txt", "~//x", "x/~", "", "~nosuchuser_pyrite_xyz/a",
          "~nosuchuser_pyrite_xyz", "a~b"]:
    print(repr(p), "->", repr(os.path.expanduser(p)))
print(os.path.expanduser(b"~/bin"))

os.environ["HOME"] = "/home/tester/"
print(os.path.expanduser("~/trailing"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"))
os.environ["HOME"] = ""
print(repr(os.path.expanduser("~")), repr(os.path.expanduser("~/y")))
