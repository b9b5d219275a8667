# Sub-commands can have sub-commands of their own; prog names are built up.
import argparse

parser = argparse.ArgumentParser(prog='cloud')
parser.add_argument('--region', default='eu')
top = parser.add_subparsers(dest='group', required=True)
vm = top.add_parser('vm', help='virtual machines')
vm_sub = vm.add_subparsers(dest='action', required=True)
create = vm_sub.add_parser('create', help='create a machine')
create.add_argument('name')
create.add_argument('--size', choices=['s', 'm', 'l'], default='s')
vm_sub.add_parser('list', help='list machines')
top.add_parser('disk', help='disks')

print(parser.parse_args(['vm', 'create', 'web1', '--size', 'l']))
print(parser.parse_args(['--region', 'us', 'vm', 'list']))
print(create.prog)
create.print_help()
for argv in (['vm'], ['vm', 'create'], ['vm', 'create', 'x', '--size', 'xl']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
