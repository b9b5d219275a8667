from pathlib import PurePosixPath as P, PureWindowsPath as W, PurePath

items = [P('b'), P('/a'), P('a/b'), P('a'), P('A'), P('a/b/c'), P('/'), P('a.txt'), P('a', 'b')]
print(sorted(items))
print(sorted(set(items)))
print(P('a/b') == P('a//b/'), P('a/b') == P('a', 'b'), P('a') != P('b'), P('a') == 'a')
print(P('a') < P('b'), P('a/b') > P('a'), P('a') <= P('a'), P('b') >= P('c'))
print(W('A/B') == W('a/b'), W('a') < W('B'), sorted([W('b'), W('A'), W('c')]))
counts = {}
for s in ['x/y', 'x//y', './x/y', 'x/y/.', 'x/z']:
    counts[P(s)] = counts.get(P(s), 0) + 1
print(sorted((str(k), v) for k, v in counts.items()))
for a, b in [(P('a'), W('a')), (P('a'), 'a'), (P('a'), 1)]:
    try:
        a < b
    except TypeError as e:
        print('TypeError:', e)
print(P('a') == W('a'), PurePath('x') == P('x'), max(items), min(items))
