# dest renames the attribute; metavar renames the value in help (a tuple for nargs > 1).
import argparse

parser = argparse.ArgumentParser(prog='net')
parser.add_argument('-o', '--output-file', dest='out', metavar='PATH', help='where to write')
parser.add_argument('--range', nargs=2, metavar=('LOW', 'HIGH'), type=int)
parser.add_argument('--pair', nargs='*', metavar=('K', 'V'))
parser.add_argument('--many', nargs='+', metavar='ITEM')
parser.add_argument('--maybe', nargs='?', metavar='M')
parser.add_argument('-x', dest='ex')
parser.add_argument('host', metavar='HOSTNAME', help='the host')
parser.add_argument('ports', nargs='+', type=int, metavar='PORT')

print(parser.parse_args(['-o', 'a.txt', '--range', '1', '9', 'example.org', '80', '443']))
parser.print_help()

for bad in ({'nargs': 2, 'metavar': ('A', 'B', 'C')}, {'nargs': 1, 'metavar': ('A', 'B')},
            {'metavar': ('A', 'B')}):
    try:
        parser.add_argument('--bad', **bad)
    except ValueError as e:
        print(bad, '->', e)
try:
    parser.add_argument('pos', dest='other')
except ValueError as e:
    print(e)
try:
    parser.add_argument('pos', required=True)
except TypeError as e:
    print(e)
