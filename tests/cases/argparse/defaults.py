# Defaults: explicit, from set_defaults, converted by type when strings, SUPPRESS.
import argparse

parser = argparse.ArgumentParser(prog='cfg')
parser.add_argument('--retries', type=int, default='3')
parser.add_argument('--timeout', type=float, default=2)
parser.add_argument('--name', default=argparse.SUPPRESS)
parser.add_argument('--mode')
parser.set_defaults(mode='auto', verbose=False)
parser.add_argument('--extra', default='x')

print(parser.parse_args([]))
print(parser.parse_args(['--name', 'n', '--retries', '5']))
print(parser.get_default('mode'), parser.get_default('retries'), parser.get_default('verbose'),
      parser.get_default('missing'))

ns = parser.parse_args([])
print('name' in ns, 'mode' in ns, hasattr(ns, 'name'))

# defaults do not overwrite attributes already on the namespace passed in
ns = argparse.Namespace(retries=99)
print(parser.parse_args([], namespace=ns))

# set_defaults after add_argument changes the action's default
parser.set_defaults(extra='changed')
print(parser.parse_args([]).extra)

# argument_default applies to arguments without their own default
quiet = argparse.ArgumentParser(prog='q', argument_default=argparse.SUPPRESS)
quiet.add_argument('--a')
quiet.add_argument('--b', default=1)
quiet.add_argument('c', nargs='?')
print(quiet.parse_args([]))
print(quiet.parse_args(['--a', 'A', 'C']))
