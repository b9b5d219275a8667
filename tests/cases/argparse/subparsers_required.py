# required=True sub-commands; the error names the dest or the choices.
import argparse

for dest in ('cmd', None):
    parser = argparse.ArgumentParser(prog='svc')
    kwargs = {'required': True}
    if dest:
        kwargs['dest'] = dest
    sub = parser.add_subparsers(**kwargs)
    sub.add_parser('start')
    sub.add_parser('stop')
    print(parser.parse_args(['start']))
    try:
        parser.parse_args([])
    except SystemExit as e:
        print('exit', e.code)

meta = argparse.ArgumentParser(prog='svc2')
sub = meta.add_subparsers(required=True, metavar='ACTION', dest='action')
sub.add_parser('go')
meta.print_usage()
try:
    meta.parse_args([])
except SystemExit as e:
    print('exit', e.code)
try:
    meta.add_subparsers()
except SystemExit as e:
    print('second add_subparsers: exit', e.code)
