# ArgumentDefaultsHelpFormatter appends the default to each help text.
import argparse

parser = argparse.ArgumentParser(prog='defaults',
                                 formatter_class=argparse.ArgumentDefaultsHelpFormatter)
parser.add_argument('--size', type=int, default=10, help='size of the thing')
parser.add_argument('--name', default='anon', help='your name')
parser.add_argument('--flag', action='store_true', help='a flag')
parser.add_argument('--nohelp', default=5)
parser.add_argument('--explicit', default=1, help='already says %(default)s')
parser.add_argument('--hidden-default', default=argparse.SUPPRESS, help='no default shown')
parser.add_argument('--none', help='default is None')
parser.add_argument('input', help='required positional')
parser.add_argument('extra', nargs='?', default='x', help='optional positional')
parser.add_argument('more', nargs='*', default=[], help='star positional')
parser.print_help()
