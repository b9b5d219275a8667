import os
import shutil
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for rel, text in [('v1/config.ini', 'a=1'), ('v1/data/x.csv', '1,2'), ('v2/config.ini', 'a=2'),
                      ('v2/data/y.csv', '3,4'), ('v2/extra.txt', 'new')]:
        Path(rel).parent.mkdir(parents=True, exist_ok=True)
        Path(rel).write_text(text)
    shutil.copytree('v1', 'live')
    try:
        shutil.copytree('v2', 'live')
    except FileExistsError as e:
        print('FileExistsError:', e)
    print(shutil.copytree('v2', 'live', dirs_exist_ok=True))
    for p in sorted(Path('live').rglob('*')):
        print(p, repr(p.read_text()) if p.is_file() else '<dir>')
    try:
        shutil.copytree('missing', 'other')
    except FileNotFoundError as e:
        print('FileNotFoundError:', e)
    try:
        shutil.copytree('v1/config.ini', 'other')
    except NotADirectoryError as e:
        print('NotADirectoryError:', e)
    print(os.path.exists('other'))
    os.chdir('/')
