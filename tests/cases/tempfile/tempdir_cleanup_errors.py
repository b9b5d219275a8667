import os
import tempfile

with tempfile.TemporaryDirectory() as base:
    os.chdir(base)
    t = tempfile.TemporaryDirectory(dir='.')
    print(t.name.startswith('./tmp'), len(t.name))
    os.makedirs(os.path.join(t.name, 'locked', 'inner'))
    with open(os.path.join(t.name, 'locked', 'inner', 'f'), 'w') as f:
        f.write('data')
    os.chmod(os.path.join(t.name, 'locked', 'inner'), 0o500)
    os.chmod(os.path.join(t.name, 'locked'), 0o500)
    t.cleanup()
    print('after cleanup:', os.path.exists(t.name))

    t2 = tempfile.TemporaryDirectory(dir='.', ignore_cleanup_errors=True)
    os.mkdir(os.path.join(t2.name, 'sub'))
    t2.cleanup()
    print('ignore_cleanup_errors:', os.path.exists(t2.name))
    print(os.listdir('.'))
    os.chdir('/')
