# --version on the real command line.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('--version', action='version', version='%(prog)s version 3.1.4')
parser.add_argument('name')
args = parser.parse_args()
print('not reached', args)
