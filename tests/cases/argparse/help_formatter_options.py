# HelpFormatter's width, max_help_position and indent_increment, via formatter_class.
import argparse


def make(formatter_class):
    parser = argparse.ArgumentParser(prog='fmt', formatter_class=formatter_class,
                                     description='Shows the layout knobs of HelpFormatter.')
    parser.add_argument('--a', help='short')
    parser.add_argument('--much-longer-option', metavar='X', help='help text for the long one')
    sub = parser.add_subparsers(title='commands', dest='cmd')
    sub.add_parser('first', help='the first command')
    sub.add_parser('second-command', help='the second command')
    return parser


make(lambda prog: argparse.HelpFormatter(prog, width=50)).print_help()
make(lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=100)).print_help()
make(lambda prog: argparse.HelpFormatter(prog, indent_increment=4, width=70)).print_help()
make(lambda prog: argparse.HelpFormatter(prog, max_help_position=10, width=30)).print_help()
