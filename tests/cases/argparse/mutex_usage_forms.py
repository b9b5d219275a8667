# Mutually exclusive groups in usage: [a | b] when optional, (a | b) when required.
import argparse

parser = argparse.ArgumentParser(prog='forms')
g1 = parser.add_mutually_exclusive_group()
g1.add_argument('--red', action='store_true')
g1.add_argument('--green', action='store_true')
g1.add_argument('--blue', metavar='SHADE')
g2 = parser.add_mutually_exclusive_group(required=True)
g2.add_argument('-a', nargs='+')
g2.add_argument('-b', nargs='?')
g3 = parser.add_mutually_exclusive_group(required=True)
g3.add_argument('--only')
parser.add_argument('--after')
g4 = parser.add_mutually_exclusive_group()
g4.add_argument('--x', action='store_true')
g4.add_argument('pos', nargs='?')
parser.print_usage()
parser.print_help()
