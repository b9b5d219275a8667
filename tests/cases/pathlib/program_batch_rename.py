"""Normalise a folder of photo files: lower-case suffixes, zero-padded numbers, sorted by name."""
import tempfile
from pathlib import Path

names = ['IMG_7.JPG', 'IMG_12.jpeg', 'img_3.Jpg', 'notes.TXT', 'IMG_100.PNG', 'Thumbs.db', 'IMG_5.jpg']
SUFFIX_MAP = {'.jpeg': '.jpg'}

with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp)
    for i, n in enumerate(names):
        (folder / n).write_bytes(bytes([i]) * (i + 1))

    plan = []
    for p in sorted(folder.iterdir()):
        suffix = p.suffix.lower()
        suffix = SUFFIX_MAP.get(suffix, suffix)
        stem = p.stem
        if stem.lower().startswith('img_') and stem[4:].isdigit():
            stem = 'photo_%04d' % int(stem[4:])
        target = p.with_name(stem + suffix)
        if target != p:
            plan.append((p, target))
    for src, dst in plan:
        print('%-12s -> %s' % (src.name, dst.name))
        src.rename(dst)
    print(sorted(p.name for p in folder.iterdir()))
    photos = sorted(folder.glob('photo_*'))
    print([(p.name, p.stat().st_size) for p in photos])
    print(sorted({p.suffix for p in photos}))
