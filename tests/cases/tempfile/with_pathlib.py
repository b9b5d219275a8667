import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    d = Path(tempfile.mkdtemp(dir=base, prefix='w'))
    print(d.parent == base, d.name[0], d.is_dir())
    fd, name = tempfile.mkstemp(dir=d, suffix='.dat')
    p = Path(name)
    with open(fd, 'wb') as f:
        f.write(b'12345')
    print(p.parent == d, p.suffix, p.stat().st_size)
    with tempfile.NamedTemporaryFile('w', dir=d, suffix='.txt') as f:
        f.write('hello')
        f.flush()
        q = Path(f.name)
        print(q.read_text(), q.suffix, sorted(x.suffix for x in d.iterdir()))
    print(q.exists())
    with tempfile.TemporaryDirectory(dir=d) as sub:
        sub = Path(sub)
        (sub / 'x' / 'y').mkdir(parents=True)
        (sub / 'x' / 'y' / 'z.txt').write_text('z')
        print([str(x.relative_to(sub)) for x in sorted(sub.rglob('*'))])
    print(sub.exists(), len(list(d.iterdir())))
