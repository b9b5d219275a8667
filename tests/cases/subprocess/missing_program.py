import os
import subprocess
import tempfile

for cmd in (['no-such-command-xyz'], 'no-such-command-xyz', ['./no-such-file'],
            ['no-such-command-xyz', '--flag']):
    try:
        subprocess.run(cmd)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename))
        print(e)

try:
    subprocess.run(['echo', 'hi'], executable='no-such-executable')
except OSError as e:
    print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    script = os.path.join(tmp, 'script.sh')
    with open(script, 'w') as f:
        f.write('#!/bin/sh\necho from script\n')
    try:
        subprocess.run(['./script.sh'], cwd=tmp)
    except PermissionError as e:
        print('PermissionError', e.errno, e.strerror, repr(e.filename))
    os.chmod(script, 0o755)
    print(subprocess.run(['./script.sh'], cwd=tmp, capture_output=True).stdout)

    try:
        subprocess.run(['pwd'], cwd=os.path.join(tmp, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, os.path.basename(e.filename))
    try:
        subprocess.run(['pwd'], cwd=script)
    except NotADirectoryError as e:
        print('NotADirectoryError', e.errno, os.path.basename(e.filename))

# Starting failed: the pipes were not left open, and the module still works.
for i in range(3):
    try:
        subprocess.run(['no-such-command-xyz'], capture_output=True, input=b'x')
    except OSError as e:
        print(i, type(e).__name__)
print(subprocess.run(['echo', 'still fine'], capture_output=True).stdout)

try:
    subprocess.check_output(['no-such-command-xyz'])
except OSError as e:
    print(isinstance(e, FileNotFoundError), e)

try:
    subprocess.call('no-such-command-xyz')
except OSError as e:
    print(e.filename)

# Through the shell a missing command is just exit status 127.
r = subprocess.run('no-such-command-xyz 2>/dev/null', shell=True)
print(r.returncode)
