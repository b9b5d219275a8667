import os
import shutil
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for rel in ['src/app.py', 'src/app.pyc', 'src/__pycache__/app.cpython-311.pyc', 'src/.git/HEAD',
                'src/lib/util.py', 'src/lib/util.pyc', 'src/lib/notes.tmp', 'src/build/out.o']:
        Path(rel).parent.mkdir(parents=True, exist_ok=True)
        Path(rel).write_text('x')

    ignore = shutil.ignore_patterns('*.pyc', '__pycache__', '.git', '*.tmp')
    print(sorted(ignore('src', ['a.py', 'b.pyc', '.git', 'c.tmp', 'd'])))
    shutil.copytree('src', 'clean', ignore=ignore)
    print(sorted(str(p) for p in Path('clean').rglob('*')))

    seen = []

    def only_python(directory, names):
        seen.append((directory, sorted(names)))
        return [n for n in names if os.path.isfile(os.path.join(directory, n)) and not n.endswith('.py')] + ['build']

    shutil.copytree(Path('src'), 'py_only', ignore=only_python)
    for directory, names in sorted(seen):
        print(directory, names)
    print(sorted(str(p) for p in Path('py_only').rglob('*')))
    os.chdir('/')
