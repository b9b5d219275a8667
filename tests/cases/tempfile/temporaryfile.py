import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    with tempfile.TemporaryFile(dir=tmp) as f:
        print(type(f).__name__, f.mode, type(f.name).__name__, os.listdir(tmp))
        f.write(b'scratch space')
        f.seek(0)
        print(f.read())
        f.seek(8)
        f.truncate()
        f.seek(0)
        print(f.read(), os.fstat(f.fileno()).st_size)
    with tempfile.TemporaryFile('w+', dir=tmp, newline='') as t:
        print(type(t).__name__, t.mode)
        t.write('a\r\nb\n')
        t.seek(0)
        print(repr(t.read()))
    with tempfile.TemporaryFile(mode='w+b', buffering=0, dir=tmp) as raw:
        print(type(raw).__name__, raw.write(b'xyz'))
    print(os.listdir(tmp))
