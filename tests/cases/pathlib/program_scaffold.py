"""Create a Python project skeleton from a template description, then list it with rglob."""
import tempfile
from pathlib import Path

TEMPLATE = {
    'README.md': '# {name}\n\nA project called {name}.\n',
    'pyproject.toml': '[project]\nname = "{name}"\nversion = "0.1.0"\n',
    'src/{name}/__init__.py': '__version__ = "0.1.0"\n',
    'src/{name}/cli.py': 'def main():\n    print("hello from {name}")\n',
    'src/{name}/core/__init__.py': '',
    'src/{name}/core/models.py': 'class Model:\n    pass\n',
    'tests/__init__.py': '',
    'tests/test_cli.py': 'from {name}.cli import main\n',
    'docs/': None,
    'scripts/run.sh': '#!/bin/sh\npython -m {name}.cli\n',
}


def scaffold(root, name):
    created = []
    for rel, content in TEMPLATE.items():
        target = root / rel.format(name=name)
        if content is None:
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content.format(name=name))
            if target.suffix == '.sh':
                target.chmod(0o755)
        created.append(target)
    return created


def tree(root):
    lines = [root.name + '/']
    for path in sorted(root.rglob('*')):
        rel = path.relative_to(root)
        indent = '    ' * (len(rel.parts) - 1)
        if path.is_dir():
            lines.append(indent + path.name + '/')
        else:
            lines.append('%s%s (%d bytes)' % (indent, path.name, path.stat().st_size))
    return lines


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp) / 'widget'
    made = scaffold(root, 'widget')
    print('created', len(made), 'entries')
    print('\n'.join(tree(root)))
    print('python files:', sorted(p.relative_to(root).as_posix() for p in root.rglob('*.py')))
    print('packages:', sorted(p.parent.relative_to(root).as_posix() for p in root.rglob('__init__.py')))
    print('empty files:', sorted(p.name for p in root.rglob('*') if p.is_file() and p.stat().st_size == 0))
    print('executables:', [p.name for p in root.rglob('*.sh') if p.stat().st_mode & 0o111])
    print((root / 'src/widget/cli.py').read_text(), end='')
    # scaffolding twice must not fail and must not duplicate anything
    scaffold(root, 'widget')
    print(sum(1 for _ in root.rglob('*')))
