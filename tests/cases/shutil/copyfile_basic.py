import os
import shutil
import stat
import tempfile
from pathlib import Path

os.umask(0o022)
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    Path('src.txt').write_text('hello\nworld\n')
    os.chmod('src.txt', 0o640)
    os.mkdir('out')
    print(shutil.copyfile('src.txt', 'copy1.txt'))
    print(shutil.copy('src.txt', 'out'))
    print(shutil.copy('src.txt', 'out/renamed.txt'))
    print(shutil.copy2('src.txt', 'out/'))
    print(repr(shutil.copyfile(Path('src.txt'), Path('copy2.txt'))))
    print(repr(shutil.copy(Path('src.txt'), Path('out'))))
    for name in ['copy1.txt', 'out/src.txt', 'out/renamed.txt', 'copy2.txt']:
        print(name, Path(name).read_text() == 'hello\nworld\n', oct(stat.S_IMODE(os.stat(name).st_mode) & 0o777) if name != 'copy1.txt' else '')
    os.utime('src.txt', (1500000000, 1600000000))
    shutil.copy2('src.txt', 'stamped.txt')
    shutil.copy('src.txt', 'unstamped.txt')
    print(os.stat('stamped.txt').st_mtime == 1600000000, os.stat('unstamped.txt').st_mtime == 1600000000)
    # overwriting keeps going
    Path('copy1.txt').write_text('old')
    shutil.copyfile('src.txt', 'copy1.txt')
    print(repr(Path('copy1.txt').read_text()))
    os.symlink('src.txt', 'link.txt')
    shutil.copyfile('link.txt', 'deref.txt')
    shutil.copyfile('link.txt', 'kept_link.txt', follow_symlinks=False)
    shutil.copy2('link.txt', 'kept_link2.txt', follow_symlinks=False)
    print(os.path.islink('deref.txt'), os.path.islink('kept_link.txt'), os.readlink('kept_link2.txt'))
    big = os.urandom(200000)
    Path('big.bin').write_bytes(big)
    shutil.copyfile('big.bin', 'big2.bin')
    print(Path('big2.bin').read_bytes() == big)
    print(sorted(os.listdir('.')), sorted(os.listdir('out')))
    os.chdir('/')
