from pathlib import PurePosixPath as P

cases = ['//a/b', '///a/b', '/./a/./b/.', 'a/../b', '....', '.a.', '..a', 'a..', '. ',
         ' /x', 'a\\b', 'tab\there', '/\u00e9t\u00e9/\u65e5\u672c.txt', '~', '~user/x', '*?[]']
for s in cases:
    p = P(s)
    print('%-20r -> %-22r name=%-12r suffix=%-8r stem=%-10r n=%d' % (
        s, str(p), p.name, p.suffix, p.stem, len(p.parts)))
print(P('a/b').parts is not P('a/b').parts, P('x').parts == ('x',))
print(P('/') / '..', P('..') / '..', P('a') / '../b')
print(len({P('a'), P('a/'), P('./a'), P('a/.')}))
