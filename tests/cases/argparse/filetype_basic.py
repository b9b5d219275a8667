# FileType opens files for the caller; '-' means stdin/stdout.
import argparse
import sys

parser = argparse.ArgumentParser(prog='head')
parser.add_argument('infile', type=argparse.FileType('r'))
parser.add_argument('-o', '--output', type=argparse.FileType('w'), default='-')

args = parser.parse_args(['filetype_basic.py'])
print(args.infile.readline().rstrip())
args.infile.close()
print(args.output is sys.stdout)

args = parser.parse_args(['-'])
print(args.infile is sys.stdin)
print(args.infile.read().strip())

print(repr(argparse.FileType()))
print(repr(argparse.FileType('rb', 0)))
print(repr(argparse.FileType('w', encoding='utf-8', errors='strict')))

try:
    parser.parse_args(['no_such_file.txt'])
except SystemExit as e:
    print('exit', e.code)

try:
    argparse.ArgumentParser().add_argument('f', type=argparse.FileType)
except ValueError as e:
    print('ValueError:', e)
