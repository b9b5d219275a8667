"""csvsummary reading semicolon-separated data from stdin, without a header row."""
import sys

from summarize import main

sys.exit(main())
