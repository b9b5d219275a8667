import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp).resolve()
    os.chdir(root)
    Path('real').mkdir()
    Path('real/data.txt').write_text('payload')
    Path('link_dir').symlink_to('real', target_is_directory=True)
    Path('link_file').symlink_to(Path('real/data.txt'))
    Path('dangling').symlink_to('nowhere/at/all')
    Path('hard').hardlink_to('real/data.txt')
    Path('loop_a').symlink_to('loop_b')
    Path('loop_b').symlink_to('loop_a')

    for name in ['real', 'real/data.txt', 'link_dir', 'link_file', 'dangling', 'hard', 'loop_a', 'absent']:
        p = Path(name)
        print('%-14s exists=%-5s dir=%-5s file=%-5s symlink=%s' % (
            name, p.exists(), p.is_dir(), p.is_file(), p.is_symlink()))

    print(Path('link_dir').readlink(), Path('dangling').readlink(), type(Path('link_file').readlink()).__name__)
    print(Path('link_file').read_text(), Path('link_dir/data.txt').read_text())
    print(Path('link_file').samefile('real/data.txt'), Path('hard').samefile(Path('real/data.txt')),
          Path('link_dir').samefile('real/data.txt'))
    print(Path('hard').stat().st_nlink, Path('link_file').lstat().st_size == len('real/data.txt'))
    print(Path('link_dir').resolve().relative_to(root), Path('link_file').resolve().relative_to(root))
    print(Path('dangling').resolve().relative_to(root))
    print(sorted(p.name for p in Path('.').glob('*/')))
    print(sorted(str(p) for p in Path('.').glob('**/*.txt')))
    for fn in [lambda: Path('dangling').resolve(strict=True),
               lambda: Path('real').readlink(),
               lambda: Path('link_dir').symlink_to('real'),
               lambda: Path('absent').samefile('real'),
               lambda: Path('loop_a').resolve(strict=True),
               lambda: Path('loop_a').read_text()]:
        try:
            print('ok', fn())
        except OSError as e:
            print(type(e).__name__, e)
        except RuntimeError as e:
            print('RuntimeError', e)
    Path('link_file').unlink()
    print(Path('link_file').exists(), Path('real/data.txt').exists())
    os.chdir('/')
