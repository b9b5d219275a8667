"""Small helpers shared by the unittest modules (safe reprs, shortening, counting)."""

from collections import namedtuple, Counter
from os_path_free_commonprefix import commonprefix  # replaced below
