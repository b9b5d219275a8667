import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    fd, name = tempfile.mkstemp(dir=tmp)
    print(type(fd).__name__, os.path.dirname(name) == tmp, os.path.basename(name)[:3], len(os.path.basename(name)))
    print(oct(stat.S_IMODE(os.stat(name).st_mode)), os.path.getsize(name))
    os.write(fd, b'written through the descriptor')
    os.close(fd)
    with open(name, 'rb') as f:
        print(f.read())
    fd, name = tempfile.mkstemp(suffix='.json', prefix='cfg_', dir=tmp, text=True)
    base = os.path.basename(name)
    print(base.startswith('cfg_'), base.endswith('.json'), len(base))
    os.close(fd)
    fd, bname = tempfile.mkstemp(dir=tmp.encode())
    print(type(bname).__name__, os.path.dirname(bname) == tmp.encode())
    os.close(fd)
    os.chdir(tmp)
    fd, rel = tempfile.mkstemp(dir='.')
    print(os.path.isabs(rel), os.path.dirname(rel) == os.getcwd())
    os.close(fd)
    fd, pname = tempfile.mkstemp(dir=__import__('pathlib').Path(tmp), suffix='.p')
    print(type(pname).__name__, pname.endswith('.p'))
    os.close(fd)
    print(len(os.listdir(tmp)))
    os.chdir('/')
