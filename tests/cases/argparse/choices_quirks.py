# Corner cases of choices: checked after type conversion, containers other than lists,
# and positionals with nargs='*'.
import argparse

parser = argparse.ArgumentParser(prog='cq', exit_on_error=False)
parser.add_argument('--n', type=int, choices=[1, 2])
parser.add_argument('--s', choices='abc')
parser.add_argument('--d', choices={'x': 1, 'y': 2})
parser.add_argument('--multi', nargs='+', choices=['u', 'v'])
for argv in (['--n', '2'], ['--n', '3'], ['--s', 'b'], ['--s', 'bc'], ['--d', 'y'], ['--d', 'z'],
             ['--multi', 'u', 'v', 'u'], ['--multi', 'u', 'w']):
    try:
        print(argv, '=>', parser.parse_args(argv))
    except argparse.ArgumentError as e:
        print(argv, '->', e)
parser.print_help()

stars = argparse.ArgumentParser(prog='stars', exit_on_error=False)
stars.add_argument('colors', nargs='*', choices=['red', 'blue'])
for argv in (['red', 'blue'], ['green'], []):
    try:
        print(argv, '=>', stars.parse_args(argv))
    except argparse.ArgumentError as e:
        print(argv, '->', e)
stars_default = argparse.ArgumentParser(prog='sd')
stars_default.add_argument('colors', nargs='*', choices=['red', 'blue'], default='red')
print(stars_default.parse_args([]))
