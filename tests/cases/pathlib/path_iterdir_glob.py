import tempfile
from pathlib import Path

LAYOUT = ['src/app/__init__.py', 'src/app/main.py', 'src/app/util/strings.py',
          'src/app/util/README.md', 'docs/index.md', 'docs/api/ref.md', 'setup.py',
          '.gitignore', 'src/.cache/blob.bin', 'tests/test_main.py', 'tests/data/sample.json']

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for rel in LAYOUT:
        f = root / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(rel + '\n')
    (root / 'empty').mkdir()

    def show(label, paths):
        print(label, [str(p.relative_to(root)) for p in sorted(paths)])

    show('iterdir:', root.iterdir())
    show('iterdir src/app:', (root / 'src' / 'app').iterdir())
    for pattern in ['*', '*.py', '*/', '*/*.md', 'src/*/*.py', '**/*.py', '**/*.md', 'src/**',
                    'src/**/', '**/util/*', '[st]*', '?????', '*/*/*/*', 'docs/api/ref.md',
                    'nope/*', 'src/app', '.*', '**/.*', 'docs/**/*.md', '**']:
        show('glob %-16r' % pattern, root.glob(pattern))
    show('glob from src:', (root / 'src').glob('**/*.py'))
    show('glob on file:', (root / 'setup.py').glob('*'))
    show('glob on missing:', (root / 'missing').glob('*'))
    gen = root.glob('*.py')
    print(type(gen).__name__, next(gen).name)
    print(sorted(p.name for p in root.iterdir() if p.is_file()))
    try:
        list((root / 'setup.py').iterdir())
    except NotADirectoryError as e:
        print('NotADirectoryError:', e.strerror)
    print(sorted(p.name for p in (root / 'empty').iterdir()))
