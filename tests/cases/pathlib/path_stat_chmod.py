import os
import stat
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    f = d / 'script.sh'
    f.write_text('#!/bin/sh\necho hi\n')
    st = f.stat()
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(d.stat().st_mode))
    for mode in [0o755, 0o600, 0o444, 0o700]:
        f.chmod(mode)
        print(oct(stat.S_IMODE(f.stat().st_mode)), stat.filemode(f.stat().st_mode))
    link = d / 'link'
    link.symlink_to(f)
    print(stat.S_ISLNK(link.lstat().st_mode), stat.S_ISLNK(link.stat().st_mode))
    print(link.stat().st_ino == f.stat().st_ino, link.lstat().st_ino == f.stat().st_ino)
    print(f.stat(follow_symlinks=False).st_size == st.st_size)
    os.utime(f, (1000000000, 1200000000))
    print(int(f.stat().st_mtime), int(f.stat().st_atime))
    f.touch()
    print(f.stat().st_mtime > 1200000000)
    print(d.is_mount(), f.is_mount(), f.is_fifo(), f.is_socket(), f.is_block_device(), f.is_char_device())
    print(Path('/dev/null').is_char_device(), Path('/').is_mount())
