import os
import shutil
import stat
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for d in ['bin1', 'bin2', 'empty']:
        os.mkdir(d)
    for rel, mode in [('bin1/tool', 0o755), ('bin2/tool', 0o755), ('bin2/helper', 0o755),
                      ('bin1/data', 0o644), ('bin2/reader', 0o444)]:
        Path(rel).write_text('#!/bin/sh\n')
        os.chmod(rel, mode)
    os.mkdir('bin1/subdir_cmd')
    path = os.pathsep.join(['empty', 'bin1', 'bin2', 'bin1'])
    for cmd in ['tool', 'helper', 'data', 'reader', 'subdir_cmd', 'missing']:
        print(cmd, '->', shutil.which(cmd, path=path))
    print(shutil.which('reader', mode=os.R_OK, path=path), shutil.which('data', mode=os.F_OK, path=path))
    print(shutil.which('tool', path=''), shutil.which('bin1/tool'), shutil.which('./bin1/tool'), shutil.which('bin1/data'))
    print(shutil.which(b'tool', path=path), shutil.which(Path('helper'), path=path))
    print(shutil.which('tool', path=os.pathsep + 'bin2'))
    os.environ['PATH'] = os.path.abspath('bin2')
    found = shutil.which('tool')
    print(os.path.relpath(found), shutil.which('helper') == os.path.join(os.path.abspath('bin2'), 'helper'))
    os.chdir('bin1')
    print(shutil.which('tool', path='.'), shutil.which('tool', path=os.pathsep))
    os.chdir('/')
