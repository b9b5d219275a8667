"""Index a source tree: count files and lines per language, find the biggest files and
duplicate file contents."""
import tempfile
from pathlib import Path

FILES = {
    'app/main.py': 'import util\n\nprint(util.add(1, 2))\n',
    'app/util.py': 'def add(a, b):\n    return a + b\n',
    'app/static/site.css': 'body { margin: 0 }\n',
    'app/static/copy.css': 'body { margin: 0 }\n',
    'app/templates/base.html': '<html>\n<body>\n</body>\n</html>\n',
    'README.md': '# demo\n',
    'scripts/deploy.sh': '#!/bin/sh\nset -e\necho deploy\n',
    'scripts/old/deploy.sh': '#!/bin/sh\nset -e\necho deploy\n',
    'Makefile': 'all:\n\tpython app/main.py\n',
}
LANG = {'.py': 'Python', '.css': 'CSS', '.html': 'HTML', '.md': 'Markdown', '.sh': 'Shell', '': 'other'}

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)

    stats = {}
    contents = {}
    sizes = []
    for path in root.rglob('*'):
        if not path.is_file():
            continue
        rel = path.relative_to(root)
        lang = LANG.get(path.suffix, 'other')
        text = path.read_text()
        files, lines = stats.get(lang, (0, 0))
        stats[lang] = (files + 1, lines + text.count('\n'))
        contents.setdefault(text, []).append(rel.as_posix())
        sizes.append((path.stat().st_size, rel.as_posix()))

    for lang in sorted(stats):
        print('%-9s files=%d lines=%d' % (lang, stats[lang][0], stats[lang][1]))
    print('largest:', sorted(sizes, reverse=True)[:3])
    for text, where in sorted(contents.items(), key=lambda kv: sorted(kv[1])):
        if len(where) > 1:
            print('duplicates:', sorted(where))
    print('dirs:', sorted(p.relative_to(root).as_posix() for p in root.rglob('*/')))
