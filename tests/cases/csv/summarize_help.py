"""csvsummary --help (the tool lives in summarize.py next to this case)."""
import sys

from summarize import main

sys.exit(main())
