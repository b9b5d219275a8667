import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp).resolve()
    os.chdir(root)
    Path('pkg/sub').mkdir(parents=True)
    os.chdir('pkg')
    here = Path.cwd()
    print(type(here).__name__, here.relative_to(root), here == Path('.').absolute())
    print(Path('sub').absolute().relative_to(root), Path('sub/../x').absolute().relative_to(root))
    print(Path('sub/../x').resolve().relative_to(root), Path('./sub/./').resolve().relative_to(root))
    print(Path('..').resolve() == root, Path('.').resolve() == here, Path(root).absolute() is not None)
    print(Path('/').resolve(), Path('/').absolute(), Path(root).is_absolute(), Path('sub').is_absolute())
    print(Path('missing/deeper').resolve().relative_to(root))
    try:
        Path('missing/deeper').resolve(strict=True)
    except FileNotFoundError as e:
        print('FileNotFoundError:', e.strerror)
    os.chdir('/')
