# exit_on_error=False: parse errors raise ArgumentError instead of exiting.
import argparse

parser = argparse.ArgumentParser(prog='safe', exit_on_error=False)
parser.add_argument('--num', type=int)
parser.add_argument('--mode', choices=['a', 'b'])
parser.add_argument('--pair', nargs=2)
parser.add_argument('-f', action='store_true')

for argv in (['--num', 'x'], ['--mode', 'c'], ['--pair', '1'], ['--num'], ['-f=1'], ['-fx']):
    try:
        parser.parse_args(argv)
    except argparse.ArgumentError as err:
        print(argv)
        print('  str:     ', err)
        print('  name:    ', err.argument_name)
        print('  message: ', err.message)

# some problems are still reported through error() and exit
try:
    parser.parse_args(['--zzz'])
except SystemExit as e:
    print('unrecognized: exit', e.code)

err = argparse.ArgumentError(None, 'plain message')
print(str(err), err.argument_name)
print(isinstance(err, Exception), issubclass(argparse.ArgumentTypeError, Exception))
