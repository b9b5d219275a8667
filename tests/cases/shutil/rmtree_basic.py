import os
import shutil
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for rel in ['t/a/b/c.txt', 't/a/d.txt', 't/e/f.txt', 't/g.txt']:
        Path(rel).parent.mkdir(parents=True, exist_ok=True)
        Path(rel).write_text('x')
    os.mkdir('t/empty')
    os.symlink('/', 't/root_link')
    Path('keep.txt').write_text('keep')
    os.symlink('keep.txt', 't/a/keep_link')
    print(shutil.rmtree('t'))
    print(os.path.exists('t'), Path('keep.txt').read_text(), os.path.exists('/'))

    def report(func, path, exc_info):
        print('onerror:', func.__name__, os.path.relpath(path) if isinstance(path, str) else repr(path), exc_info[0].__name__, exc_info[1])

    shutil.rmtree('missing', onerror=report)
    shutil.rmtree('keep.txt', onerror=report)
    os.mkdir('real')
    os.symlink('real', 'dirlink')
    shutil.rmtree('dirlink', onerror=report)
    shutil.rmtree('missing', ignore_errors=True)
    shutil.rmtree('dirlink', True)
    for target in ['missing', 'keep.txt', 'dirlink', Path('keep.txt')]:
        try:
            shutil.rmtree(target)
        except OSError as e:
            print(type(e).__name__ + ':', e)
    os.makedirs('p/q')
    shutil.rmtree(Path('p'))
    shutil.rmtree(b'real')
    print(sorted(os.listdir('.')))
    os.chdir('/')
