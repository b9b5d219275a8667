# Mutually exclusive options: at most one of them may be given.
import argparse

parser = argparse.ArgumentParser(prog='logview')
group = parser.add_mutually_exclusive_group()
group.add_argument('-v', '--verbose', action='store_true')
group.add_argument('-q', '--quiet', action='store_true')
parser.add_argument('file')

print(parser.parse_args(['log.txt']))
print(parser.parse_args(['-v', 'log.txt']))
print(parser.parse_args(['log.txt', '--quiet']))
parser.print_help()
for argv in (['-v', '-q', 'f'], ['f', '--quiet', '--verbose'], ['-vq', 'f']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
