from pathlib import PurePosixPath, PurePath

samples = ['', '.', '/', '//', '///', 'a', 'a/b/c', '/usr/local/bin', '//net/share/x',
           'a//b/./c/', './a', '../x/..', 'archive.tar.gz', '/home/user/.bashrc',
           'notes.', 'a.b.c/d.e', '...', '.hidden.txt', 'dir/file with spaces.md']
for s in samples:
    p = PurePosixPath(s)
    print(repr(s))
    print('   str=%r parts=%r' % (str(p), p.parts))
    print('   drive=%r root=%r anchor=%r' % (p.drive, p.root, p.anchor))
    print('   name=%r stem=%r suffix=%r suffixes=%r' % (p.name, p.stem, p.suffix, p.suffixes))
    print('   parent=%r absolute=%s' % (str(p.parent), p.is_absolute()))

print(type(PurePath('x')).__name__, PurePath() == PurePosixPath('.'))
print(PurePath('a', 'b', 'c').parts, PurePosixPath('/etc', 'passwd').parts)
