"""Safely replace a configuration file: write the new content to a NamedTemporaryFile in the
same folder, then rename it over the old file; a failure leaves the old file untouched."""
import os
import tempfile
from pathlib import Path


def atomic_write(path, text, fail=False):
    path = Path(path)
    with tempfile.NamedTemporaryFile('w', dir=path.parent, prefix=path.name + '.', suffix='.part',
                                     delete=False, encoding='utf-8') as tmp:
        try:
            tmp.write(text)
            if fail:
                raise RuntimeError('disk full (simulated)')
            tmp.flush()
            os.fsync(tmp.fileno())
        except BaseException:
            tmp.close()
            os.unlink(tmp.name)
            raise
    os.replace(tmp.name, path)


with tempfile.TemporaryDirectory() as folder:
    cfg = Path(folder) / 'app.conf'
    atomic_write(cfg, 'level = debug\n')
    print(repr(cfg.read_text()))
    atomic_write(cfg, 'level = info\nworkers = 4\n')
    print(repr(cfg.read_text()))
    try:
        atomic_write(cfg, 'half written', fail=True)
    except RuntimeError as e:
        print('failed:', e)
    print(repr(cfg.read_text()), sorted(os.listdir(folder)))
    print(oct(cfg.stat().st_mode & 0o777))
