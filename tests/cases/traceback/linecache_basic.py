import linecache
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'sample.py')
    with open(path, 'w') as f:
        f.write('first = 1\nsecond = 2\nthird = 3')
    print(repr(linecache.getline(path, 1)))
    print(repr(linecache.getline(path, 3)))
    print(repr(linecache.getline(path, 4)), repr(linecache.getline(path, 0)))
    print(linecache.getlines(path))
    print(path in linecache.cache)
    with open(path, 'w') as f:
        f.write('changed line one\nchanged two and longer\n')
    print(repr(linecache.getline(path, 1)))
    linecache.checkcache(path)
    print(repr(linecache.getline(path, 1)))
    linecache.clearcache()
    print(linecache.cache)
    print(repr(linecache.getline(os.path.join(folder, 'missing.py'), 1)))
    print(linecache.getlines('<string>'), linecache.getline('', 1) == '')
    latin = os.path.join(folder, 'latin.py')
    with open(latin, 'wb') as f:
        f.write(b'# -*- coding: latin-1 -*-\nname = "caf\xe9"\r\nother = 1\r\n')
    print(linecache.getlines(latin))
    os.remove(path)
    linecache.checkcache()
    print(path in linecache.cache)

print(repr(linecache.getline('linecache_basic.py', 1)))
print(repr(linecache.getline(__file__, 2)))
