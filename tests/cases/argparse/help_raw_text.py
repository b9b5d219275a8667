# RawTextHelpFormatter keeps line breaks in argument help too.
import argparse

parser = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                                 description='First line\n  second line, indented\n\nlast')
parser.add_argument('--mode', choices=['a', 'b'], default='a',
                    help='a: the first mode\nb: the second mode\n   (indented note)')
parser.add_argument('--long-option-name-here', help='one\ntwo')
parser.add_argument('--plain', help='a help line that is long enough that it would normally be wrapped by the formatter, but raw text keeps it whole')
parser.add_argument('path', help='path\n\nwith a blank line')
parser.print_help()
