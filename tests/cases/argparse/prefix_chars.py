# prefix_chars lets options start with other characters, such as '+' or '/'.
import argparse

parser = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
parser.add_argument('+x', action='store_true', help='enable x')
parser.add_argument('-x', action='store_false', dest='x2', help='disable x')
parser.add_argument('++level', type=int)
parser.add_argument('item', nargs='?')

print(parser.parse_args(['+x', '++level', '3', 'thing']))
print(parser.parse_args(['-x', '++lev=4']))
parser.print_help()

slash = argparse.ArgumentParser(prog='win', prefix_chars='/')
slash.add_argument('/flag', action='store_true')
slash.add_argument('//name')
print(slash.parse_args(['/flag', '//name', 'n']))
slash.print_help()
try:
    slash.add_argument('-bad')
except ValueError as e:
    print('ValueError:', e)
