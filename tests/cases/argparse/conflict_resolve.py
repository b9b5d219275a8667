# conflict_handler='resolve' lets later options take over option strings.
import argparse

parser = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
parser.add_argument('-f', '--foo', help='old foo')
parser.add_argument('--foo', help='new foo')
parser.add_argument('-h', '--host', help='overrides -h')
parser.print_help()
print(parser.parse_args(['-f', '1', '--foo', '2', '-h', 'x']))

strict = argparse.ArgumentParser(prog='strict')
strict.add_argument('-f', '--foo')
for names in (['--foo'], ['-f', '--foo'], ['-h']):
    try:
        strict.add_argument(*names)
    except argparse.ArgumentError as e:
        print(names, '->', e)
try:
    argparse.ArgumentParser(conflict_handler='merge')
except ValueError as e:
    print('ValueError:', e)
