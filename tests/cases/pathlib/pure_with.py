from pathlib import PurePosixPath as P, PureWindowsPath as W

p = P('/data/report.final.csv')
print(p.with_name('summary.txt'), p.with_stem('draft'), p.with_suffix('.tsv'), p.with_suffix(''))
print(p.with_suffix('.csv.gz'), P('README').with_suffix('.md'), P('a/.bashrc').with_suffix('.bak'))
print(P('archive.tar.gz').with_stem('backup'), P('x.').with_stem('y'))

def attempt(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except ValueError as e:
        print(label, 'ValueError:', e)

for name in ['', 'a/b', '/', '.', '..', 'ok.txt', 'trailing/']:
    attempt('with_name %r:' % name, p.with_name, name)
for suffix in ['txt', '.', '..', '.a/b', '', '.x y', '/']:
    attempt('with_suffix %r:' % suffix, p.with_suffix, suffix)
for stem in ['', 'a/b', 'new']:
    attempt('with_stem %r:' % stem, p.with_stem, stem)
for base in ['/', '', '.', 'a/..']:
    attempt('%r.with_name:' % base, P(base).with_name, 'x')
    attempt('%r.with_suffix:' % base, P(base).with_suffix, '.x')
attempt('win with_name d: ->', W('c:/a.txt').with_name, 'd:')
attempt('win with_name a\\b ->', W('c:/a.txt').with_name, 'a\\b')
attempt('win with_suffix ->', W('c:/a.txt').with_suffix, '.t\\x')
attempt('win empty ->', W('c:/').with_name, 'x')
attempt('win ok ->', W('c:/a.txt').with_suffix, '.log')
