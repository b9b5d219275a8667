import os
import shutil
import tempfile
from pathlib import Path


def show():
    print('   ', sorted(str(p) for p in Path('.').rglob('*')))


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    Path('a.txt').write_text('A')
    os.makedirs('inbox/sub')
    Path('inbox/sub/m.txt').write_text('M')
    os.mkdir('archive')
    print(shutil.move('a.txt', 'b.txt')); show()
    print(shutil.move('b.txt', 'archive')); show()
    print(shutil.move('inbox', 'archive')); show()
    print(shutil.move('archive/inbox/', 'box')); show()
    print(repr(shutil.move(Path('box/sub/m.txt'), Path('m2.txt')))); show()
    print(repr(shutil.move(Path('m2.txt'), Path('box')))); show()
    Path('dup.txt').write_text('1')
    Path('box/dup.txt').write_text('2')
    for call in ["shutil.move('dup.txt', 'box')", "shutil.move('box', 'box/sub')",
                 "shutil.move('missing', 'x')", "shutil.move('box', 'box')"]:
        try:
            print(call, '->', repr(eval(call)))
        except shutil.Error as e:
            print(call, '-> Error:', e)
        except OSError as e:
            print(call, '->', type(e).__name__ + ':', e)
    os.symlink('box', 'boxlink')
    print(shutil.move('boxlink', 'renamed_link'), os.readlink('renamed_link'))
    Path('over.txt').write_text('new')
    Path('target.txt').write_text('old')
    shutil.move('over.txt', 'target.txt')
    print(Path('target.txt').read_text()); show()
    os.chdir('/')
