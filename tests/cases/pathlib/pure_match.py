from pathlib import PurePosixPath as P, PureWindowsPath as W

paths = ['src/pkg/mod.py', '/etc/nginx/nginx.conf', 'README.md', 'tests/test_io.py',
         '/tmp/x.PY', 'a/b/c/d.txt']
patterns = ['*.py', 'pkg/*.py', '/etc/*/*.conf', '*', '*/*', '/*', 'test_*.py', '*.[pP][yY]',
            'a/*/c/?.txt', 'b/c/d.txt', '**/*.py', 'src/**', '*.md', '[!R]*']
for pat in patterns:
    hits = [s for s in paths if P(s).match(pat)]
    print('%-16s %s' % (pat, hits))
print(W('C:/Docs/Report.DOCX').match('*.docx'), W('c:/a/b').match('C:/A/*'), P('A.PY').match('*.py'))
try:
    P('a').match('')
except ValueError as e:
    print('ValueError:', e)
