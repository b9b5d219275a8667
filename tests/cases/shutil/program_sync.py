"""One-way folder mirror: copy new or changed files (by size and mtime), delete files that
vanished from the source, and report what was done."""
import os
import shutil
import tempfile
from pathlib import Path


def files_of(root):
    return {p.relative_to(root).as_posix(): p for p in root.rglob('*') if p.is_file()}


def sync(src, dst):
    actions = []
    dst.mkdir(exist_ok=True)
    want = files_of(src)
    have = files_of(dst)
    for rel, path in sorted(want.items()):
        target = dst / rel
        if rel in have:
            a, b = path.stat(), target.stat()
            if a.st_size == b.st_size and int(a.st_mtime) == int(b.st_mtime):
                continue
            actions.append('update ' + rel)
        else:
            actions.append('add ' + rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    for rel in sorted(set(have) - set(want)):
        (dst / rel).unlink()
        actions.append('delete ' + rel)
    for d in sorted((p for p in dst.rglob('*') if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(d.iterdir()):
            d.rmdir()
            actions.append('rmdir ' + d.relative_to(dst).as_posix())
    return actions


with tempfile.TemporaryDirectory() as tmp:
    src = Path(tmp) / 'src'
    dst = Path(tmp) / 'mirror'
    (src / 'docs').mkdir(parents=True)
    (src / 'docs' / 'a.txt').write_text('alpha')
    (src / 'b.txt').write_text('beta')
    stamp = 1700000000
    for p in src.rglob('*.txt'):
        os.utime(p, (stamp, stamp))
    print(sync(src, dst))
    print(sync(src, dst))
    (src / 'b.txt').write_text('beta, longer')
    (src / 'docs' / 'a.txt').unlink()
    (src / 'c' / 'd').mkdir(parents=True)
    (src / 'c' / 'd' / 'e.txt').write_text('echo')
    print(sync(src, dst))
    print(sorted(files_of(dst)))
    print((dst / 'b.txt').read_text())
