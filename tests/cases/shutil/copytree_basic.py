import os
import shutil
import tempfile
from pathlib import Path


def listing(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        for f in sorted(filenames):
            out.append(os.path.normpath(os.path.join(rel, f)))
        if not filenames and not dirnames:
            out.append(rel + '/')
    return out


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for rel in ['proj/a.txt', 'proj/sub/b.txt', 'proj/sub/deeper/c.py', 'proj/.hidden']:
        Path(rel).parent.mkdir(parents=True, exist_ok=True)
        Path(rel).write_text(rel)
    os.mkdir('proj/empty')
    os.utime('proj/sub/b.txt', (1000000000, 1000000000))
    print(shutil.copytree('proj', 'copy'))
    print(listing('copy'))
    print(os.stat('copy/sub/b.txt').st_mtime == 1000000000)
    print(repr(shutil.copytree(Path('proj'), Path('copy2'), copy_function=shutil.copy)))
    print(os.stat('copy2/sub/b.txt').st_mtime == 1000000000)
    copied = []

    def recording_copy(src, dst):
        copied.append((os.path.relpath(src), os.path.relpath(dst)))
        return shutil.copyfile(src, dst)

    shutil.copytree('proj/sub', 'dest/nested/sub', copy_function=recording_copy)
    print(sorted(copied))
    print(listing('dest'))
    print(Path('copy/sub/deeper/c.py').read_text())
    os.chdir('/')
