import os
import pathlib
import subprocess
import tempfile

print(subprocess.run([b'echo', b'bytes', 'and str'], capture_output=True).stdout)
print(subprocess.run(b'true').returncode)
print(subprocess.run([pathlib.PurePath('echo'), pathlib.PurePath('a/b')],
                     capture_output=True).stdout)
r = subprocess.run(['echo', pathlib.Path('x.txt')], capture_output=True)
print(r.args, r.stdout)

try:
    subprocess.run(pathlib.Path('no-such-program-xyz'))
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run([b'no-such-program-xyz'])
except FileNotFoundError as e:
    print(e)

# executable runs a different program; args[0] is still what the program sees as $0.
r = subprocess.run(['custom-name', '-c', 'echo "$0"'], executable='sh', capture_output=True)
print(r.stdout)
r = subprocess.run(['whatever', 'hi'], executable=b'echo', capture_output=True)
print(r.stdout)

with tempfile.TemporaryDirectory() as tmp:
    tmp_path = pathlib.Path(tmp)
    script = tmp_path / 'show.sh'
    script.write_text('#!/bin/sh\necho "args: $*"\n')
    script.chmod(0o755)
    print(subprocess.run([script, 'one', 'two'], capture_output=True, text=True).stdout, end='')
    print(subprocess.run(['./show.sh', 'x'], cwd=tmp_path, capture_output=True,
                         text=True).stdout, end='')
    print(subprocess.run(['ls'], cwd=tmp_path, capture_output=True, text=True).stdout, end='')
    print(subprocess.run(['sh', 'show.sh', 'via sh'], cwd=os.fsencode(tmp),
                         capture_output=True, text=True).stdout, end='')
    r = subprocess.run([os.fsencode(str(script)), b'bytes path'], capture_output=True)
    print(r.stdout)
