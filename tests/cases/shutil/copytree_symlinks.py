import os
import shutil
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('tree/real')
    Path('tree/real/file.txt').write_text('content')
    os.symlink('real/file.txt', 'tree/flink')
    os.symlink('real', 'tree/dlink')
    shutil.copytree('tree', 'as_links', symlinks=True)
    shutil.copytree('tree', 'as_copies')
    for base in ['as_links', 'as_copies']:
        for name in ['flink', 'dlink']:
            p = os.path.join(base, name)
            print(p, os.path.islink(p), os.readlink(p) if os.path.islink(p) else sorted(os.listdir(p)) if os.path.isdir(p) else open(p).read())
    os.symlink('nowhere', 'tree/dangling')
    try:
        shutil.copytree('tree', 'broken')
    except shutil.Error as e:
        errors = e.args[0]
        print('Error with', len(errors), 'problem(s)')
        for src, dst, why in errors:
            print(' ', src, dst, why)
    shutil.copytree('tree', 'skipped', ignore_dangling_symlinks=True)
    print(sorted(os.listdir('skipped')))
    shutil.copytree('tree', 'linked', symlinks=True)
    print(sorted(os.listdir('linked')), os.readlink('linked/dangling'))
    os.chdir('/')
