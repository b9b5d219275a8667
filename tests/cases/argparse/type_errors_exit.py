# Bad values for typed arguments: the usage and the error go to stderr, exit status 2.
import argparse

parser = argparse.ArgumentParser(prog='resize')
parser.add_argument('width', type=int)
parser.add_argument('height', type=int)
parser.add_argument('--quality', type=float, default=0.9)

for argv in (['10', 'x'], ['ten', '20'], ['1', '2', '--quality', 'high'], ['1', '2', '--quality']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit status', e.code)
print(parser.parse_args(['640', '480', '--quality', '0.5']))
