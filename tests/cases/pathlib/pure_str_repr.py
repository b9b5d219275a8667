import os
from pathlib import PurePosixPath as P, PureWindowsPath as W, PurePath

p = P('/var/log/app log.txt')
print(str(p), repr(p), bytes(p), os.fspath(p), p.as_posix())
print(repr(W('c:\\a\\b')), str(W('c:/a/b')), W('c:/a/b').as_posix(), os.fspath(W('x/y')))
print(p.as_uri(), P('/caf\u00e9/na\u00efve?#').as_uri(), P('//host/x').as_uri())
print(f'{p}', '%s' % p, '{!r}'.format(P('q')), str(P('')), repr(P()))
print(os.path.join(P('/a'), 'b'), os.path.basename(p), os.path.splitext(p))
print(isinstance(p, os.PathLike), isinstance(p, PurePath), isinstance(W('a'), P))
try:
    P('relative/path').as_uri()
except ValueError as e:
    print('ValueError:', e)
try:
    W('c:relative').as_uri()
except ValueError as e:
    print('ValueError:', e)
print(p.__reduce__())
