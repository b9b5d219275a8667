# The reprs of actions, parsers and helper objects.
import argparse

parser = argparse.ArgumentParser(prog='r', description='d')
for args, kwargs in ((['--store'], {'type': int, 'default': 3}),
                     (['--const'], {'action': 'store_const', 'const': 1}),
                     (['-t'], {'action': 'store_true'}),
                     (['--app'], {'action': 'append', 'choices': ['a']}),
                     (['--cnt'], {'action': 'count', 'help': 'h'}),
                     (['--ver'], {'action': 'version', 'version': '1'}),
                     (['--ext'], {'action': 'extend', 'nargs': '+'}),
                     (['--bool'], {'action': argparse.BooleanOptionalAction}),
                     (['pos'], {'nargs': '?', 'metavar': 'P'})):
    print(repr(parser.add_argument(*args, **kwargs)))
print(repr(parser._actions[0]))
sub = parser.add_subparsers(dest='cmd', help='commands')
child = sub.add_parser('child', help='a child', aliases=['c'])
print(repr(sub._choices_actions[0]))
print(repr(child))
print(parser)
print(type(sub).__name__, sub.dest, sub.nargs, sorted(sub.choices))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.REMAINDER, argparse.PARSER)
print(sorted(argparse.__all__))
