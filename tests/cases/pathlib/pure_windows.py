from pathlib import PureWindowsPath as W, PurePosixPath

samples = ['c:/Users/Ann/doc.txt', 'C:\\Windows\\System32', 'c:relative\\x', 'c:', '\\rooted',
           '//server/share/dir/f.py', '\\\\?\\c:\\long\\path', '\\\\?\\UNC\\srv\\shr\\f',
           'dir/sub\\mixed/sep', '..\\up', 'a.b\\c.tar.gz']
for s in samples:
    p = W(s)
    print(repr(p), str(p))
    print('  ', p.drive, '|', p.root, '|', p.anchor, '|', p.parts)
    print('  ', p.name, p.stem, p.suffix, p.is_absolute(), str(p.parent), p.as_posix())

print(W('C:/a') == W('c:/A'), hash(W('C:/a')) == hash(W('c:/A')), W('a') == PurePosixPath('a'))
print(W('c:/x') / 'y' / 'Z.TXT', W('c:/x') / 'd:/y', W('c:/x') / '/y', W('c:/x') / 'c:y')
print(W('c:/x', 'd:y'), W('c:/a', '/b'), W('c:/a', 'C:b'))
print(W('C:/Users/Ann').relative_to('c:/users'), W('c:/a/b').match('C:/*/B'))
for name in ['con', 'NUL.txt', 'aux:x', 'com1', 'lpt9.log', 'console', 'c:/dir/prn']:
    print(name, W(name).is_reserved())
print(W('c:/a b/c%').as_uri(), W('//host/share/f').as_uri())
print(sorted([W('b'), W('A'), W('a/c'), W('C:/x')]))
