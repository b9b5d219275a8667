# Namespace: repr, equality, membership, vars().
import argparse

ns = argparse.Namespace(b=2, a=1)
print(ns)
print(repr(argparse.Namespace()))
print(argparse.Namespace(**{'with-dash': 1, 'ok': 2, 'not valid': 3}))
print(ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1), ns == {'a': 1, 'b': 2})
print('a' in ns, 'c' in ns)
ns.c = [1, 2]
print(vars(ns))
del ns.a
print(ns, hasattr(ns, 'a'))
print(getattr(ns, 'missing', 'default'))
try:
    hash(ns)
except TypeError as e:
    print('TypeError:', e)

parser = argparse.ArgumentParser(prog='p')
parser.add_argument('--x-y', default=1)
parser.add_argument('pos')
args = parser.parse_args(['v'])
print(args, args == argparse.Namespace(x_y=1, pos='v'))
print(parser)
print(parser._actions[1])
