# With a very long prog the arguments start on the next line.
import argparse

prog = 'a-program-with-an-exceptionally-long-name-that-takes-most-of-the-line'
parser = argparse.ArgumentParser(prog=prog)
parser.add_argument('--alpha')
parser.add_argument('--beta')
parser.add_argument('target')
parser.print_usage()

parser = argparse.ArgumentParser(prog=prog)
for name in ('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta'):
    parser.add_argument('--' + name, metavar=name.upper() + '_VALUE')
parser.add_argument('first_target')
parser.add_argument('second_target')
parser.print_usage()

few = argparse.ArgumentParser(prog=prog + '-and-even-longer-than-that', add_help=False)
few.add_argument('x')
few.print_usage()
