# The usual dispatch pattern: set_defaults(func=...) on each sub-parser.
import argparse


def cmd_greet(args):
    print(f'Hello, {args.name}{"!" * args.excited}')


def cmd_add(args):
    print(f'{args.a} + {args.b} = {args.a + args.b}')


parser = argparse.ArgumentParser(prog='demo')
parser.set_defaults(func=None, level='top')
sub = parser.add_subparsers()

greet = sub.add_parser('greet')
greet.add_argument('name')
greet.add_argument('-e', '--excited', action='count', default=0)
greet.set_defaults(func=cmd_greet, level='greet')

add = sub.add_parser('add')
add.add_argument('a', type=int)
add.add_argument('b', type=int)
add.set_defaults(func=cmd_add)

for argv in (['greet', 'World'], ['greet', '-ee', 'Ann'], ['add', '2', '40'], []):
    args = parser.parse_args(argv)
    print(argv, 'level =', args.level)
    if args.func is None:
        parser.print_usage()
    else:
        args.func(args)

print(sorted(vars(parser.parse_args(['add', '1', '2']))))
