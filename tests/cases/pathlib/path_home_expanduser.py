import os
import tempfile
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory() as tmp:
    home = Path(tmp) / 'home' / 'ann'
    home.mkdir(parents=True)
    os.environ['HOME'] = str(home)
    print(Path.home().relative_to(tmp), type(Path.home()).__name__)
    print(Path('~').expanduser().relative_to(tmp), Path('~/docs/x.txt').expanduser().relative_to(tmp))
    print(Path('/~/x').expanduser(), Path('a/~').expanduser(), Path('x~').expanduser())
    (Path.home() / '.config').mkdir()
    print([p.name for p in Path('~').expanduser().iterdir()])
    try:
        Path('~no_such_user_for_pyrite_tests/x').expanduser()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(hasattr(PurePosixPath('~'), 'expanduser'))
