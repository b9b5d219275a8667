import os
import tempfile

outer = tempfile.mkdtemp()          # decides tempfile.tempdir once, from the real environment
print(tempfile.tempdir is not None, tempfile.gettempdir() == tempfile.tempdir)
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
print(type(tempfile.gettempdirb()).__name__, os.fsdecode(tempfile.gettempdirb()) == tempfile.gettempdir())

custom = os.path.join(outer, 'custom')
os.mkdir(custom)
tempfile.tempdir = custom
print(tempfile.gettempdir() == custom)
fd, name = tempfile.mkstemp()
os.close(fd)
print(os.path.dirname(name) == custom)
d = tempfile.mkdtemp()
print(os.path.dirname(d) == custom)
with tempfile.TemporaryDirectory() as t:
    print(os.path.dirname(t) == custom)
with tempfile.NamedTemporaryFile() as f:
    print(os.path.dirname(f.name) == custom)
print(sorted(os.listdir(custom)) == sorted([os.path.basename(name), os.path.basename(d)]))

# A fresh lookup honours TMPDIR when it names a usable directory.
tempfile.tempdir = None
os.environ['TMPDIR'] = os.path.join(outer, 'from_env')
os.mkdir(os.environ['TMPDIR'])
print(os.path.relpath(tempfile.gettempdir(), outer))
tempfile.tempdir = None
os.environ['TMPDIR'] = os.path.join(outer, 'not_there')
print(tempfile.gettempdir() != os.environ['TMPDIR'])
import shutil
shutil.rmtree(outer)
print(os.path.exists(outer))
