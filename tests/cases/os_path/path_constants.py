import os
import os.path
import posixpath
import sys

print(os.path is posixpath, sys.modules["os.path"] is os.path)
print(repr(os.path.sep), repr(os.path.altsep), repr(os.path.extsep), repr(os.path.pathsep))
print(repr(os.path.curdir), repr(os.path.pardir), repr(os.path.defpath), repr(os.path.devnull))
print(os.sep == os.path.sep, os.curdir == os.path.curdir, os.devnull == os.path.devnull)
print(sorted(posixpath.__all__))
missing = [name for name in posixpath.__all__ if not hasattr(os.path, name)]
print("missing:", missing)
from os import path as p2
import os.path as p3
print(p2 is p3 is posixpath, p3.__name__)
