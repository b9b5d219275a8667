import os
import sys
import calendar

# fix the width argparse-style help and usage text is laid out for
os.environ["COLUMNS"] = "80"
calendar.main(sys.argv)
