import sys
import os

import os.path
print(os.path.__name__, "os.path" in sys.modules, sys.modules["os.path"].__name__)
from os.path import join, splitext
print(join("x", "y"), splitext("a.b"))
from os import path, sep, curdir
print(path.basename("/q/r"), sep, curdir)
import posixpath
print(posixpath.join is os.path.join, os.path.join.__name__, os.path.realpath.__name__)
print(callable(os.path.getsize), os.path.splitdrive.__module__)
