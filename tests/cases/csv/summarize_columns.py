"""csvsummary on selected columns, with CSV output (the tool lives in summarize.py)."""
import sys

from summarize import main

sys.exit(main())
