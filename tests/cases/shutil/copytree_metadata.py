import os
import shutil
import stat
import tempfile

os.umask(0o022)
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('src/bin')
    for name, mode in [('src/bin/run', 0o755), ('src/secret', 0o600), ('src/plain', 0o644)]:
        with open(name, 'w') as f:
            f.write(name)
        os.chmod(name, mode)
        os.utime(name, (1400000000, 1400000000))
    os.chmod('src/bin', 0o750)
    os.utime('src/bin', (1300000000, 1300000000))
    shutil.copytree('src', 'with_copy2')
    shutil.copytree('src', 'with_copy', copy_function=shutil.copy)
    shutil.copytree('src', 'with_copyfile', copy_function=shutil.copyfile)
    for base in ['with_copy2', 'with_copy', 'with_copyfile']:
        row = []
        for rel in ['bin', 'bin/run', 'secret', 'plain']:
            st = os.stat(os.path.join(base, rel))
            row.append('%s:%s:%s' % (rel, oct(stat.S_IMODE(st.st_mode)), int(st.st_mtime) in (1300000000, 1400000000)))
        print(base, ' '.join(row))
    os.chdir('/')
