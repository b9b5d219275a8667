"""A backup script: copy a project folder into numbered snapshots with copytree(), skipping
build junk, and prune the oldest snapshots so that only the newest KEEP remain."""
import os
import shutil
import tempfile
from pathlib import Path

KEEP = 3
IGNORE = shutil.ignore_patterns('*.pyc', '__pycache__', '*.tmp', '.DS_Store')


def snapshot_names(backup_root):
    return sorted(p.name for p in backup_root.iterdir() if p.is_dir() and p.name.startswith('snap-'))


def make_backup(source, backup_root, number):
    target = backup_root / ('snap-%03d' % number)
    shutil.copytree(source, target, ignore=IGNORE)
    files = sorted(p.relative_to(target).as_posix() for p in target.rglob('*') if p.is_file())
    print('backup', target.name, 'files:', files)
    return target


def prune(backup_root):
    names = snapshot_names(backup_root)
    for name in names[:-KEEP]:
        shutil.rmtree(backup_root / name)
        print('pruned', name)


def changed_since(previous, source):
    """Names of files that differ from the previous snapshot."""
    out = []
    for path in sorted(source.rglob('*')):
        if path.is_file() and not IGNORE(str(path.parent), [path.name]):
            old = previous / path.relative_to(source)
            if not old.exists() or old.read_bytes() != path.read_bytes():
                out.append(path.relative_to(source).as_posix())
    return out


with tempfile.TemporaryDirectory() as tmp:
    tmp = Path(tmp)
    project = tmp / 'project'
    backups = tmp / 'backups'
    backups.mkdir()
    (project / 'pkg' / '__pycache__').mkdir(parents=True)
    (project / 'pkg' / 'mod.py').write_text('VERSION = 1\n')
    (project / 'pkg' / '__pycache__' / 'mod.cpython-311.pyc').write_bytes(b'\0junk')
    (project / 'notes.tmp').write_text('scratch')
    (project / 'README').write_text('readme v1\n')

    last = None
    for number in range(1, 6):
        if number > 1:
            (project / 'pkg' / 'mod.py').write_text('VERSION = %d\n' % number)
        if number == 3:
            (project / 'CHANGELOG').write_text('3: added changelog\n')
        if last is not None:
            print('changed:', changed_since(last, project))
        last = make_backup(project, backups, number)
        prune(backups)
        print('snapshots:', snapshot_names(backups))

    newest = backups / snapshot_names(backups)[-1]
    print((newest / 'pkg' / 'mod.py').read_text(), end='')
    print(sorted(os.listdir(newest)))
    restore = tmp / 'restore'
    shutil.copytree(newest, restore)
    shutil.copytree(backups / snapshot_names(backups)[0], restore, dirs_exist_ok=True)
    print('restored:', (restore / 'pkg' / 'mod.py').read_text(), end='')
