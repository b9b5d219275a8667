"""`python -m unittest`: run the named tests, or discover them."""

import sys

if sys.argv[0].endswith("__main__.py") or sys.argv[0] in ('-m', '-c'):
    # Show how the program was started rather than this file's path.
    executable = sys.executable.rsplit('/', 1)[-1] if sys.executable else 'python'
    sys.argv[0] = executable + " -m unittest"

__unittest = True

from unittest.main import main

main(module=None)
