# Positional arguments are filled in order; the result is a Namespace.
import argparse

parser = argparse.ArgumentParser(prog='copy')
parser.add_argument('source')
parser.add_argument('destination')

args = parser.parse_args(['notes.txt', 'backup/notes.txt'])
print(args)
print(args.source, '->', args.destination)
print(type(args).__name__, sorted(vars(args)))

# the same parser used again gives a fresh namespace
print(parser.parse_args(['a', 'b']))

# a namespace passed in keeps its other attributes
ns = argparse.Namespace(extra=42)
result = parser.parse_args(['x', 'y'], namespace=ns)
print(result is ns, result)
