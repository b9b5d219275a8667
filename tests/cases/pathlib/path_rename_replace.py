import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    a = Path('a.txt')
    a.write_text('A')
    b = a.rename('b.txt')
    print(repr(b), a.exists(), b.read_text())
    Path('c.txt').write_text('C')
    c = Path('c.txt').replace(b)
    print(repr(c), c.read_text(), sorted(os.listdir('.')))
    Path('dir').mkdir()
    moved = c.rename(Path('dir') / c.name)
    print(repr(moved), moved.read_text())
    moved.with_suffix('.md').touch()
    print(sorted(str(p) for p in Path('dir').iterdir()))
    moved.unlink()
    Path('dir/b.md').unlink()
    Path('dir').rmdir()
    print(sorted(os.listdir('.')))
    Path('gone').unlink(missing_ok=True)
    for fn in [lambda: Path('gone').unlink(),
               lambda: Path('gone').rename('x'),
               lambda: Path('gone').replace('x'),
               lambda: Path('gone').rmdir()]:
        try:
            fn()
        except OSError as e:
            print(type(e).__name__, e)
    Path('d1').mkdir()
    Path('d2').mkdir()
    Path('d2/f').touch()
    try:
        Path('d1').rename('d2')
    except OSError as e:
        print(type(e).__name__, e.errno)
    Path('d1').replace('d3')
    print(sorted(os.listdir('.')))
    os.chdir('/')
