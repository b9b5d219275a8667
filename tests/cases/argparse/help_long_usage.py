# A usage line longer than the width is wrapped: options first, then positionals, each
# continuation line indented under the program name.
import argparse

parser = argparse.ArgumentParser(prog='encoder')
for name in ('input-format', 'output-format', 'bitrate', 'sample-rate', 'channels',
             'threads', 'log-file', 'preset'):
    parser.add_argument('--' + name, help=f'the {name.replace("-", " ")}')
parser.add_argument('-y', '--overwrite', action='store_true')
group = parser.add_mutually_exclusive_group()
group.add_argument('--fast', action='store_true')
group.add_argument('--best', action='store_true')
parser.add_argument('input_file_name')
parser.add_argument('output_file_name')
parser.add_argument('more', nargs='*')
parser.print_help()

only_positionals = argparse.ArgumentParser(prog='pos', add_help=False)
for i in range(12):
    only_positionals.add_argument(f'positional_number_{i}')
only_positionals.print_usage()
