# -h given on the real command line: help on stdout, exit status 0.
import argparse

parser = argparse.ArgumentParser(description='Count the words, lines and characters of files.',
                                 epilog='With no FILE, read standard input.')
parser.add_argument('files', nargs='*', metavar='FILE', help='files to read')
parser.add_argument('-l', '--lines', action='store_true', help='print the newline counts')
parser.add_argument('-w', '--words', action='store_true', help='print the word counts')
parser.add_argument('-c', '--chars', action='store_true', help='print the character counts')
parser.add_argument('--total', choices=['auto', 'always', 'only', 'never'], default='auto',
                    help='when to print a line with total counts; WHEN can be: %(choices)s')
args = parser.parse_args()
print('not reached', args)
