from pathlib import PurePosixPath as P, PurePath, PureWindowsPath

base = P('/srv/app')
print(base / 'static' / 'css' / 'site.css')
print(base.joinpath('templates', 'index.html'))
print(base / '/etc/hosts', base.joinpath('logs', '/var/log', 'syslog'))
print('relative' / P('file.txt'), repr('x/y' / P('z')))
print(P('a') / P('b') / P('c'), P(P('a'), 'b', P('/c'), 'd'))
print(base.joinpath(), base / '', base / '.', base / '..')
print(P('a', 'b/c', '', 'd'))
print(P(PureWindowsPath('c:/win/dir')), PureWindowsPath(P('/usr/bin')))

class Name:
    def __init__(self, s):
        self.s = s
    def __fspath__(self):
        return self.s

print(P(Name('from/fspath')), base / Name('via/fspath'))

for bad in [b'bytes', 3, None, ['list']]:
    try:
        P('a') / bad
    except TypeError as e:
        print('TypeError:', e)
    try:
        P(bad)
    except TypeError as e:
        print('TypeError:', e)

class BadFs:
    def __fspath__(self):
        return 42

try:
    P(BadFs())
except TypeError as e:
    print('TypeError:', e)
