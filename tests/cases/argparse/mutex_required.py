# A required mutually exclusive group needs exactly one of its options.
import argparse

parser = argparse.ArgumentParser(prog='fetch')
source = parser.add_mutually_exclusive_group(required=True)
source.add_argument('--url')
source.add_argument('--file')
source.add_argument('--stdin', action='store_true')
parser.add_argument('--retries', type=int, default=1)

print(parser.parse_args(['--url', 'http://x']))
print(parser.parse_args(['--stdin']))
parser.print_usage()
for argv in ([], ['--retries', '2'], ['--url', 'u', '--file', 'f']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
