# argparse.REMAINDER gathers everything that is left, options included.
import argparse

parser = argparse.ArgumentParser(prog='run')
parser.add_argument('--env', action='append', default=[])
parser.add_argument('command')
parser.add_argument('args', nargs=argparse.REMAINDER)

for argv in (['ls'], ['ls', '-l', '-a'], ['--env', 'A=1', 'python', '-c', 'print(1)', '--env', 'x'],
             ['make', '--', 'all']):
    print(argv, '=>', parser.parse_args(argv))

opt = argparse.ArgumentParser(prog='wrap')
opt.add_argument('--exec', nargs=argparse.REMAINDER, default=[])
opt.add_argument('-q', action='store_true')
print(opt.parse_args(['-q', '--exec', 'echo', '-q', 'hi']))
print(opt.parse_args([]))
parser.print_help()
