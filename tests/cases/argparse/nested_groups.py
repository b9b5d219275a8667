# Nesting groups still works in 3.11 but is deprecated (a warning on stderr), and the
# arguments of a nested argument group do not appear in the help.
import argparse

parser = argparse.ArgumentParser(prog='nest')
outer = parser.add_argument_group('outer')
inner = outer.add_argument_group('inner')
inner.add_argument('--hidden-in-help')
exclusive = parser.add_mutually_exclusive_group()
nested = exclusive.add_mutually_exclusive_group()
nested.add_argument('--a', action='store_true')
exclusive.add_argument('--b', action='store_true')
outer.add_mutually_exclusive_group().add_argument('--c', action='store_true')
parser.print_help()
print(parser.parse_args(['--a', '--hidden-in-help', 'x']))
