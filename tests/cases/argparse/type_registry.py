# register() maps names to types and actions, so add_argument can refer to them by name.
import argparse


def hex_int(text):
    return int(text, 16)


class Collect(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        seen = getattr(namespace, self.dest) or ()
        setattr(namespace, self.dest, seen + (values,))


parser = argparse.ArgumentParser(prog='reg')
parser.register('type', 'hex', hex_int)
parser.register('action', 'collect', Collect)
parser.add_argument('--addr', type='hex')
parser.add_argument('--item', action='collect')
print(parser.parse_args(['--addr', 'ff', '--item', 'a', '--item', 'b']))
try:
    parser.parse_args(['--addr', 'zz'])
except SystemExit as e:
    print('exit', e.code)

for kwargs in ({'type': 'nohex'}, {'action': 'nothing'}, {'type': 42}):
    try:
        parser.add_argument('--bad', **kwargs)
    except ValueError as e:
        print(kwargs, '->', e)
