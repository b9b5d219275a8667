# %(prog)s and other %-names are substituted in usage, description, help and version.
import argparse

parser = argparse.ArgumentParser(
    prog='subst',
    usage='%(prog)s [options] FILE...',
    description='Run %(prog)s on each FILE.',
    epilog='See "%(prog)s --help" for details; 100%% safe.')
parser.add_argument('--level', type=int, default=2, choices=[1, 2, 3],
                    help='level for %(prog)s: one of %(choices)s, default %(default)s, '
                         'type %(type)s, dest %(dest)s, metavar %(metavar)s')
parser.add_argument('--out', metavar='O', nargs='?', const='c.txt',
                    help='const %(const)s, nargs %(nargs)s, required %(required)s')
parser.add_argument('files', nargs='*', help='%(dest)s with default %(default)s')
parser.print_help()
parser.print_usage()
try:
    parser.parse_args(['--level', '9'])
except SystemExit as e:
    print('exit', e.code)
