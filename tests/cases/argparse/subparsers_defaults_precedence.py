# Values from the sub-parser (including its defaults) replace the parent's for the same dest.
import argparse

parser = argparse.ArgumentParser(prog='prec')
parser.add_argument('--level', default='parent-default')
parser.set_defaults(origin='parent')
sub = parser.add_subparsers(dest='cmd')
child = sub.add_parser('child')
child.add_argument('--level', default='child-default')
child.set_defaults(origin='child')
other = sub.add_parser('other')

for argv in (['child'], ['--level', 'given', 'child'], ['child', '--level', 'sub'],
             ['--level', 'given', 'other'], []):
    print(argv, '=>', parser.parse_args(argv))

ns = argparse.Namespace(level='preset')
print(parser.parse_args(['other'], namespace=ns))
