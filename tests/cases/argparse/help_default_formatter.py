# The default HelpFormatter: wrapped description, aligned help column, epilog.
import argparse

parser = argparse.ArgumentParser(
    prog='backup',
    description='''Back up directories to a destination.   The description is
        re-wrapped to the terminal width, so line breaks and   extra spaces in the source
        do not matter.''',
    epilog='Report bugs to the issue tracker.  Exit status is 0 on success.')
parser.add_argument('sources', nargs='+', help='directories to back up')
parser.add_argument('dest', help='where the backup goes')
parser.add_argument('-n', '--dry-run', action='store_true', help='show what would be done')
parser.add_argument('-e', '--exclude', action='append', metavar='PATTERN',
                    help='skip files matching PATTERN; may be given several times, and the '
                         'patterns are matched against the relative path of each file')
parser.add_argument('--compression-level-for-archives', type=int, default=6,
                    help='level (default: %(default)s)')
parser.add_argument('--quiet', action='store_true')
parser.add_argument('--secret', help=argparse.SUPPRESS)
parser.print_help()
print('---')
print(parser.format_usage(), end='')
