"""A memoising disk cache keyed by arguments, living in a temporary directory for the run."""
import tempfile
from pathlib import Path


class DiskCache:
    def __init__(self):
        self._dir = tempfile.TemporaryDirectory(prefix='cache-')
        self.root = Path(self._dir.name)
        self.hits = self.misses = 0

    def _path(self, key):
        safe = ''.join(c if c.isalnum() else '_' for c in key)
        return self.root / safe[:2] / (safe + '.txt')

    def get_or_compute(self, key, compute):
        path = self._path(key)
        if path.exists():
            self.hits += 1
            return path.read_text()
        self.misses += 1
        value = compute(key)
        path.parent.mkdir(exist_ok=True)
        path.write_text(value)
        return value

    def entries(self):
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob('*.txt'))

    def close(self):
        self._dir.cleanup()


def slow_upper(key):
    return key.upper() * 2


cache = DiskCache()
for key in ['alpha', 'beta', 'alpha', 'al/pha', 'beta', 'gamma ray', 'alpha']:
    print(key, '->', cache.get_or_compute(key, slow_upper))
print('hits', cache.hits, 'misses', cache.misses)
print(cache.entries())
root = cache.root
cache.close()
print(root.exists())
