from pathlib import PurePosixPath as P, PureWindowsPath as W

p = P('/usr/local/lib/python3.11/site.py')
print(p.parents, len(p.parents))
for i, parent in enumerate(p.parents):
    print(i, parent)
print(p.parents[0], p.parents[-1], p.parents[-2])
print(p.parents[1:3], p.parents[::2], p.parents[::-1])
print(list(P('a/b/c').parents), list(P('.').parents), list(P('/').parents))
print(P('a').parent, P('/').parent, P('.').parent, P('..').parent, P('a/..').parent)
print(W('c:/a/b').parents[1], list(W('//srv/shr/x/y').parents), W('c:').parent)
print(P('/x') in p.parents, P('/usr') in p.parents, p.parents.index(P('/usr/local')))
for idx in [5, -6, 10]:
    try:
        p.parents[idx]
    except IndexError as e:
        print('IndexError:', e)
try:
    p.parents['0']
except TypeError as e:
    print('TypeError:', e)
