import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / 'a').mkdir()
    for pattern in ['', '/etc/*', 'a**', '**b/c', 'x/**y', '/']:
        gen = root.glob(pattern)         # nothing happens until the generator runs
        try:
            print(repr(pattern), list(gen))
        except ValueError as e:
            print(repr(pattern), 'ValueError:', e)
        except NotImplementedError as e:
            print(repr(pattern), 'NotImplementedError:', e)
    print([p.name for p in root.glob('a/..')], [p.name for p in root.glob('a/.')])
