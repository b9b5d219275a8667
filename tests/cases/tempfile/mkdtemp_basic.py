import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    d = tempfile.mkdtemp(dir=tmp)
    print(os.path.isdir(d), os.path.dirname(d) == tmp, oct(stat.S_IMODE(os.stat(d).st_mode)))
    d2 = tempfile.mkdtemp(prefix='build-', suffix='-x', dir=tmp)
    print(os.path.basename(d2).startswith('build-'), d2.endswith('-x'), len(os.path.basename(d2)))
    os.chdir(tmp)
    rel = tempfile.mkdtemp(dir='.')
    print(rel[:5], len(rel), os.path.isabs(rel))
    b = tempfile.mkdtemp(dir=b'.', prefix=b'b_')
    print(type(b).__name__, b[:4])
    names = {tempfile.mkdtemp(dir='.') for _ in range(20)}
    print(len(names), len(os.listdir('.')))
    os.chdir('/')
