import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for rel in ['a/b/c/d.txt', 'a/b/e.txt', 'a/f.py', 'g.txt', 'a/b/c/h.py', 'x/y/z/.dot.txt']:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text('x')
    (root / 'x' / 'empty').mkdir()

    def show(label, paths):
        print(label, [p.relative_to(root).as_posix() for p in sorted(paths)])

    for pattern in ['*.txt', '*.py', '*', '*/', 'c/*', 'b', 'b/*.txt', 'y/*/*', '']:
        show('rglob %-9r' % pattern, root.rglob(pattern))
    show('rglob in a:', (root / 'a').rglob('*.txt'))
    total = sum(p.stat().st_size for p in root.rglob('*') if p.is_file())
    print('files:', sum(1 for p in root.rglob('*') if p.is_file()), 'bytes:', total)
    by_suffix = {}
    for p in root.rglob('*.*'):
        by_suffix.setdefault(p.suffix, []).append(p.name)
    for suffix in sorted(by_suffix):
        print(suffix, sorted(by_suffix[suffix]))
    try:
        list(root.rglob('/abs'))
    except NotImplementedError as e:
        print('NotImplementedError:', e)
