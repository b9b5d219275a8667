# Sub-commands, each with its own arguments.
import argparse

parser = argparse.ArgumentParser(prog='todo')
parser.add_argument('--db', default='todo.db')
sub = parser.add_subparsers(dest='command')

add = sub.add_parser('add', help='add an item')
add.add_argument('text')
add.add_argument('--priority', type=int, default=3)

done = sub.add_parser('done', help='mark an item done')
done.add_argument('id', type=int)

sub.add_parser('list', help='list the items')

print(parser.parse_args(['add', 'buy milk', '--priority', '1']))
print(parser.parse_args(['--db', 'x.db', 'done', '4']))
print(parser.parse_args(['list']))
print(parser.parse_args([]))
parser.print_help()
add.print_help()
for argv in (['remove', '1'], ['done', 'x'], ['add']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
