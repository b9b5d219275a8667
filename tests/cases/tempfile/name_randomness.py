import os
import string
import tempfile

allowed = set(string.ascii_lowercase + string.digits + '_')
with tempfile.TemporaryDirectory() as tmp:
    names = []
    for i in range(50):
        fd, path = tempfile.mkstemp(prefix='', dir=tmp)
        os.close(fd)
        names.append(os.path.basename(path))
    print(len(set(names)), all(len(n) == 8 for n in names), all(set(n) <= allowed for n in names))
    print(len(os.listdir(tmp)))
    chars = set(''.join(names))
    print(len(chars) > 20, chars <= allowed)
    dirs = [os.path.basename(tempfile.mkdtemp(prefix='d', suffix='s', dir=tmp)) for _ in range(10)]
    print(all(len(d) == 10 and d[0] == 'd' and d[-1] == 's' for d in dirs), len(set(dirs)))
    m = tempfile.mktemp(dir=tmp)
    print(os.path.dirname(m) == tmp, os.path.exists(m), os.path.basename(m)[:3])
    m2 = tempfile.mktemp(suffix='.sock', prefix='srv', dir=tmp)
    print(os.path.basename(m2).startswith('srv'), m2.endswith('.sock'))
