# Arguments from sys.argv; prog is the script's base name.
import argparse
import sys

parser = argparse.ArgumentParser()
parser.add_argument('--repeat', '-r', type=int, default=1)
parser.add_argument('--sep', default=' ')
parser.add_argument('words', nargs='+')
args = parser.parse_args()
print(parser.prog, sys.argv[1:])
for _ in range(args.repeat):
    print(args.sep.join(args.words))
parser.print_usage()
