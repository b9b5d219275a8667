# A bad value on the real command line: usage and error on stderr, exit status 2.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('mode', choices=['encode', 'decode'])
parser.add_argument('--width', type=int, default=76)
args = parser.parse_args()
print('not reached', args)
