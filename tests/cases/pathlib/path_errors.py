import os
import tempfile
from pathlib import Path, PosixPath, WindowsPath, PureWindowsPath

try:
    WindowsPath('c:/x')
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(repr(PureWindowsPath('c:/x')), type(Path('x')) is PosixPath)

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    Path('file').write_text('x')
    Path('dir').mkdir()
    checks = [
        ("Path('missing').stat()", lambda: Path('missing').stat()),
        ("Path('missing').lstat()", lambda: Path('missing').lstat()),
        ("Path('file/sub').stat()", lambda: Path('file/sub').stat()),
        ("Path('dir').unlink()", lambda: Path('dir').unlink()),
        ("Path('dir').open()", lambda: Path('dir').open()),
        ("Path('missing').chmod(0o644)", lambda: Path('missing').chmod(0o644)),
        ("Path('file').rename('dir')", lambda: Path('file').rename('dir')),
        ("Path('file').hardlink_to('missing')", lambda: Path('file').hardlink_to('missing')),
        ("Path('dir').write_text('x')", lambda: Path('dir').write_text('x')),
        ("list(Path('missing').iterdir())", lambda: list(Path('missing').iterdir())),
    ]
    for label, fn in checks:
        try:
            fn()
            print(label, 'ok')
        except OSError as e:
            print(label, '->', type(e).__name__, e)
    print(Path('file\0x').exists(), Path('file/sub').exists(), Path('file/sub').is_dir())
    os.chdir('/')
