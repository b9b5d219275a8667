# fromfile_prefix_chars: '@file' is replaced by the arguments in the file, one per line.
import argparse


class SpaceSeparated(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


parser = argparse.ArgumentParser(prog='opts', fromfile_prefix_chars='@')
parser.add_argument('--name')
parser.add_argument('--count', type=int)
parser.add_argument('rest', nargs='*')
for argv in (['@fromfile_prefix.txt'], ['--name', 'cli', '@fromfile_prefix.txt', '--name', 'again'],
             ['first', '@fromfile_prefix.txt', 'last'], ['--count', '@fromfile_prefix.txt']):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

words = SpaceSeparated(prog='words', fromfile_prefix_chars='@+')
words.add_argument('items', nargs='*')
print(words.parse_known_args(['+fromfile_prefix.txt']))

try:
    parser.parse_args(['@missing_file.txt'])
except SystemExit as e:
    print('exit', e.code)
