import os
import shutil
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    Path('file').write_text('data')
    os.mkdir('dir')
    os.symlink('file', 'alias')
    calls = [
        "shutil.copyfile('file', 'file')",
        "shutil.copyfile(Path('file'), 'file')",
        "shutil.copyfile('file', 'alias')",
        "shutil.copy('file', '.')",
        "shutil.copy2('file', './')",
        "shutil.copyfile('file', 'dir')",
        "shutil.copyfile('dir', 'x')",
        "shutil.copyfile('missing', 'x')",
        "shutil.copyfile('file', 'nodir/x')",
        "shutil.copyfile('file', 'newdir/')",
        "shutil.copy('missing', 'dir')",
        "shutil.copymode('missing', 'file')",
        "shutil.copystat('file', 'missing')",
    ]
    for call in calls:
        try:
            result = eval(call)
            print(call, '->', repr(result))
        except shutil.SameFileError as e:
            print(call, '-> SameFileError:', e)
        except OSError as e:
            print(call, '->', type(e).__name__ + ':', e)
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
    print(sorted(os.listdir('.')))
    os.chdir('/')
