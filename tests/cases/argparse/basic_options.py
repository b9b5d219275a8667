# Short and long options, with the value separate, attached, or after '='.
import argparse

parser = argparse.ArgumentParser(prog='server')
parser.add_argument('-p', '--port')
parser.add_argument('-H', '--host', default='localhost')
parser.add_argument('--log-level', default='info')

for argv in (
    [],
    ['-p', '8080'],
    ['-p8080'],
    ['--port', '80', '--host', 'example.org'],
    ['--port=443', '--log-level=debug'],
    ['-p=9000'],
    ['--host', 'h', '-p', '1', '-p', '2'],
    ['--log-level', 'warn=yes'],
):
    print(argv, '=>', parser.parse_args(argv))

args = parser.parse_args(['--log-level', 'error'])
print(args.log_level)
