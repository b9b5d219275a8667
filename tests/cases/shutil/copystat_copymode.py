import os
import shutil
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for name in ['a', 'b', 'c']:
        with open(name, 'w') as f:
            f.write(name)
    os.chmod('a', 0o751)
    os.utime('a', (1111111111, 1234567890))
    shutil.copymode('a', 'b')
    print(oct(stat.S_IMODE(os.stat('b').st_mode)), os.stat('b').st_mtime == 1234567890)
    shutil.copystat('a', 'c')
    st = os.stat('c')
    print(oct(stat.S_IMODE(st.st_mode)), st.st_mtime, st.st_atime)
    print(open('c').read())
    os.symlink('a', 'la')
    os.symlink('b', 'lb')
    shutil.copymode('la', 'lb', follow_symlinks=False)
    shutil.copystat('la', 'lb', follow_symlinks=False)
    print(oct(stat.S_IMODE(os.stat('b').st_mode)))
    os.mkdir('d1')
    os.mkdir('d2')
    os.chmod('d1', 0o700)
    os.utime('d1', (1000000000, 1000000000))
    shutil.copystat('d1', 'd2')
    print(oct(stat.S_IMODE(os.stat('d2').st_mode)), os.stat('d2').st_mtime)
    os.chdir('/')
