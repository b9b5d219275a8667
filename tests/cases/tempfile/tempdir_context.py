import os
import tempfile

with tempfile.TemporaryDirectory() as name:
    print(type(name).__name__, os.path.isdir(name), os.path.isabs(name), os.listdir(name))
    os.makedirs(os.path.join(name, 'a', 'b'))
    with open(os.path.join(name, 'a', 'b', 'f.txt'), 'w') as f:
        f.write('x')
    saved = name
print(os.path.exists(saved))

td = tempfile.TemporaryDirectory(prefix='job-', suffix='.d')
base = os.path.basename(td.name)
print(base.startswith('job-'), base.endswith('.d'), len(base), repr(td).startswith("<TemporaryDirectory '"))
with td as entered:
    print(entered == td.name)
print(os.path.exists(td.name))

with tempfile.TemporaryDirectory() as outer:
    inner = tempfile.TemporaryDirectory(dir=outer)
    print(os.path.dirname(inner.name) == outer, oct(os.stat(inner.name).st_mode & 0o777))
    inner.cleanup()
    inner.cleanup()
    print(os.listdir(outer))
    gone = tempfile.TemporaryDirectory(dir=outer)
    os.rmdir(gone.name)
    gone.cleanup()
    with tempfile.TemporaryDirectory(dir=outer) as removed_inside:
        os.rmdir(removed_inside)
    print(os.listdir(outer))
