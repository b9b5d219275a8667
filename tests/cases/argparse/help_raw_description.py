# RawDescriptionHelpFormatter keeps the description and epilog as written.
import argparse
import textwrap

parser = argparse.ArgumentParser(
    prog='table',
    formatter_class=argparse.RawDescriptionHelpFormatter,
    description=textwrap.dedent('''\
        Print a table.

        Examples:
            table --cols 3 data.txt
            table --cols 2 --sep ';' data.txt
        '''),
    epilog='''
  Columns:
     1  name
     2  size''')
parser.add_argument('--cols', type=int, help='number of columns; this help text is   still\n'
                    '            wrapped because only descriptions are raw')
parser.add_argument('--sep', default=',', help='separator')
parser.add_argument('file')
group = parser.add_argument_group('extra', '  indented group\n  description kept')
group.add_argument('--x')
parser.print_help()
