# Custom Action subclasses receive the parser, namespace, values and option string.
import argparse


class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        items = dict(getattr(namespace, self.dest) or {})
        for value in values:
            if '=' not in value:
                raise argparse.ArgumentError(self, f'expected KEY=VALUE, got {value!r}')
            key, _, val = value.partition('=')
            items[key] = val
        setattr(namespace, self.dest, items)


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        kwargs.setdefault('help', 'upper-cased value')
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print('called with', repr(values), 'from', option_string)
        setattr(namespace, self.dest, values.upper())


class Once(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        if getattr(namespace, '_seen_' + self.dest, False):
            parser.error(f'{option_string} given twice')
        setattr(namespace, '_seen_' + self.dest, True)
        setattr(namespace, self.dest, values)


parser = argparse.ArgumentParser(prog='kv')
parser.add_argument('--set', nargs='+', action=KeyValue, metavar='KEY=VALUE')
parser.add_argument('--name', action=Upper)
parser.add_argument('--once', action=Once)
parser.add_argument('word', action=Upper, nargs='?')

print(parser.parse_args(['--set', 'a=1', 'b=2', '--set', 'a=3', '--name', 'joe', 'hi']))
parser.print_help()
print(repr(parser._actions[2]))
for argv in (['--set', 'oops'], ['--once', '1', '--once', '2']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)

try:
    argparse.Action(['-x'], 'x')(None, None, None)
except NotImplementedError as e:
    print('NotImplementedError:', e)
