# Argument groups only change how help is laid out.
import argparse

parser = argparse.ArgumentParser(prog='compress', description='Compress files.')
parser.add_argument('files', nargs='+', help='files to compress')
tuning = parser.add_argument_group('tuning', 'Options that trade speed for size.')
tuning.add_argument('-l', '--level', type=int, default=6, help='compression level (1-9)')
tuning.add_argument('--threads', type=int, help='worker threads')
output = parser.add_argument_group(title='output')
output.add_argument('-o', '--output', help='output file')
output.add_argument('--force', action='store_true', help='overwrite existing files')
empty = parser.add_argument_group('empty group')
described = parser.add_argument_group('notes', 'This group has no arguments, only text.')

parser.print_help()
print(parser.parse_args(['a', 'b', '-l', '9', '--force']))
print([g.title for g in parser._action_groups])
