# Missing required arguments from the real command line.
import argparse

parser = argparse.ArgumentParser(description='Upload a file.')
parser.add_argument('file')
parser.add_argument('bucket')
parser.add_argument('--key', required=True)
args = parser.parse_args()
print('not reached', args)
