# required=True options, and required positionals, are reported together when missing.
import argparse

parser = argparse.ArgumentParser(prog='deploy')
parser.add_argument('--env', required=True, choices=['dev', 'prod'])
parser.add_argument('-t', '--tag', required=True)
parser.add_argument('service')
parser.add_argument('replicas', type=int)

print(parser.parse_args(['--env', 'dev', '-t', 'v1', 'web', '3']))
parser.print_usage()
for argv in ([], ['web'], ['--env', 'prod', 'web', '2'], ['-t', 'x', '--env', 'dev', 'web']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
