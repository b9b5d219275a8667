import subprocess

cases = [
    ['simple', 'words'],
    ['with space', 'tab\there', ''],
    ['quote"inside', '"', '""'],
    ['back\\slash', 'trailing\\', 'trailing space\\ ', 'quoted trailing\\ \\'],
    ['two\\\\"before quote', 'three\\\\\\"q', '\\\\\\'],
    ['a b\\', 'c"d e', 'f\\"g h'],
    [],
    [b'bytes', b'with space'],
]
for seq in cases:
    line = subprocess.list2cmdline(seq)
    print(repr(line))
print(repr(subprocess.list2cmdline('abc')))
print(repr(subprocess.list2cmdline(('x', 'y z'))))
