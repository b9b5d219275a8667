import posixpath
import stat
import fnmatch
import glob
import os

print(posixpath.join("a", "b"), posixpath.curdir, posixpath.sep)
print(os.path is posixpath, os.sep is posixpath.sep or os.sep == posixpath.sep)
print(posixpath.normpath("x/../y"), fnmatch.fnmatch("f.py", "*.py"), glob.has_magic("*"))
print(stat.S_ISDIR(os.stat(os.curdir).st_mode))
