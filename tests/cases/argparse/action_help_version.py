# The help and version actions print and exit with status 0.
import argparse

parser = argparse.ArgumentParser(prog='app', add_help=False, description='An application.')
parser.add_argument('-?', '--info', action='help', help='show this and leave')
parser.add_argument('-V', '--version', action='version', version='%(prog)s 1.2.3')
parser.add_argument('--about', action='version', version='app -- a  small\ttool, by someone',
                    help='about the app')

for argv in (['-V'], ['--about'], ['--info'], ['-?', '--version']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print('exit', repr(e.code))

other = argparse.ArgumentParser(prog='other')
other.version = '9.9'
other.add_argument('--version', action='version')
try:
    other.parse_args(['--version'])
except SystemExit as e:
    print('exit', repr(e.code))
other.print_help()
