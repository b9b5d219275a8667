import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / 'one').mkdir()
    (root / 'deep' / 'er' / 'est').mkdir(parents=True)
    (root / 'deep' / 'er').mkdir(parents=True, exist_ok=True)
    (root / 'file.txt').touch()
    (root / 'file.txt').touch()          # existing: just updates the times
    (root / 'one' / 'new.log').touch(mode=0o600)

    for p in sorted(root.rglob('*')):
        kind = 'dir' if p.is_dir() else 'file' if p.is_file() else '?'
        print(p.relative_to(root), kind, p.exists())

    def attempt(label, fn, *args, **kw):
        try:
            fn(*args, **kw)
            print(label, 'ok')
        except OSError as e:
            print(label, type(e).__name__, e.errno, e.strerror, repr(os.path.basename(e.filename)))

    attempt('mkdir existing:', (root / 'one').mkdir)
    attempt('mkdir missing parent:', (root / 'no' / 'such').mkdir)
    attempt('mkdir exist_ok on file:', (root / 'file.txt').mkdir, exist_ok=True)
    attempt('mkdir under file:', (root / 'file.txt' / 'x').mkdir, parents=True)
    attempt('touch exist_ok=False:', (root / 'file.txt').touch, exist_ok=False)
    attempt('touch in missing dir:', (root / 'nodir' / 'f').touch)
    attempt('rmdir non-empty:', (root / 'deep').rmdir)
    attempt('rmdir file:', (root / 'file.txt').rmdir)
    attempt('rmdir empty:', (root / 'deep' / 'er' / 'est').rmdir)
    print((root / 'deep' / 'er' / 'est').exists(), (root / 'missing').is_dir(), (root / 'missing').is_file())
    print((root / 'file.txt').stat().st_size, (root / 'one' / 'new.log').stat().st_mode & 0o777 == 0o600 & ~os.umask(0o022))
