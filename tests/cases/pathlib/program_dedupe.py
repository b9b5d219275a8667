"""Find duplicate files in a download folder by size and content, keep the oldest name of each
group and replace the others with relative symlinks to it."""
import os
import tempfile
from pathlib import Path

FILES = [('report.pdf', b'%PDF-1.4 report', 100), ('report (1).pdf', b'%PDF-1.4 report', 200),
         ('photo.jpg', b'\xff\xd8 photo', 50), ('misc/photo copy.jpg', b'\xff\xd8 photo', 300),
         ('notes.txt', b'notes', 10), ('misc/other.txt', b'other', 20), ('misc/deep/report.pdf', b'%PDF-1.4 report', 150)]

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for rel, data, age in FILES:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        os.utime(p, (1000 + age, 1000 + age))

    groups = {}
    for p in root.rglob('*'):
        if p.is_file() and not p.is_symlink():
            groups.setdefault((p.stat().st_size, p.read_bytes()), []).append(p)

    for (size, _), paths in sorted(groups.items(), key=lambda kv: kv[0][0]):
        if len(paths) < 2:
            continue
        paths.sort(key=lambda p: p.stat().st_mtime)
        keep, *dupes = paths
        print('keep', keep.relative_to(root), 'size', size)
        for d in dupes:
            target = os.path.relpath(keep, d.parent)
            d.unlink()
            d.symlink_to(target)
            print('  link', d.relative_to(root), '->', d.readlink())

    for p in sorted(root.rglob('*')):
        rel = p.relative_to(root)
        if p.is_symlink():
            print(rel, 'symlink', p.resolve().relative_to(root.resolve()), p.read_bytes() == p.resolve().read_bytes())
        elif p.is_file():
            print(rel, 'file')
