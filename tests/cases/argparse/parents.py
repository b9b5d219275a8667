# parents= copies arguments (and defaults) from other parsers.
import argparse

common = argparse.ArgumentParser(add_help=False)
common.add_argument('--verbose', '-v', action='count', default=0)
common.add_argument('--config', default='app.ini')
auth = argparse.ArgumentParser(add_help=False)
group = auth.add_argument_group('authentication')
group.add_argument('--user')
group.add_argument('--token')
modes = auth.add_mutually_exclusive_group()
modes.add_argument('--ssh', action='store_true')
modes.add_argument('--https', action='store_true')
auth.set_defaults(timeout=30)

push = argparse.ArgumentParser(prog='push', parents=[common, auth], description='Push changes.')
push.add_argument('remote')
print(push.parse_args(['-vv', '--user', 'ann', 'origin']))
push.print_help()
try:
    push.parse_args(['--ssh', '--https', 'x'])
except SystemExit as e:
    print('exit', e.code)

try:
    argparse.ArgumentParser(prog='dup', parents=[common, common])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
