import os
import subprocess
import tempfile

r = subprocess.run(['env'], env={'ONLY_VAR': 'only value'}, capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['env'], env={}, capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['env'], env={'B': '2', 'A': '1'}, capture_output=True, text=True)
print(sorted(r.stdout.split()))
r = subprocess.run(['env'], env={b'BYTES_KEY': b'bytes value'}, capture_output=True)
print(r.stdout)
r = subprocess.run(['sh', '-c', 'echo "$GREETING, $NAME"'],
                   env={'GREETING': 'hello', 'NAME': 'pyrite'}, capture_output=True, text=True)
print(r.stdout, end='')

os.environ['PYRITE_SUBPROCESS_TEST'] = 'inherited'
r = subprocess.run(['sh', '-c', 'echo "$PYRITE_SUBPROCESS_TEST"'], capture_output=True,
                   text=True)
print(r.stdout, end='')
env = dict(os.environ, PYRITE_SUBPROCESS_TEST='overridden')
r = subprocess.run(['sh', '-c', 'echo "$PYRITE_SUBPROCESS_TEST"'], env=env,
                   capture_output=True, text=True)
print(r.stdout, end='')
del os.environ['PYRITE_SUBPROCESS_TEST']
r = subprocess.run(['sh', '-c', 'echo "[${PYRITE_SUBPROCESS_TEST-unset}]"'],
                   capture_output=True, text=True)
print(r.stdout, end='')

with tempfile.TemporaryDirectory() as tmp:
    for name in ('b.txt', 'a.txt', 'c.log'):
        with open(os.path.join(tmp, name), 'w') as f:
            f.write(name)
    os.mkdir(os.path.join(tmp, 'sub'))
    r = subprocess.run(['ls'], cwd=tmp, capture_output=True, text=True)
    print(r.stdout.split())
    r = subprocess.run(['ls', 'sub'], cwd=tmp, capture_output=True, text=True)
    print(repr(r.stdout))
    r = subprocess.run(['pwd'], cwd=os.path.join(tmp, 'sub'), capture_output=True, text=True)
    print(os.path.basename(r.stdout.strip()))
    r = subprocess.run('cat a.txt b.txt', shell=True, cwd=tmp, capture_output=True)
    print(r.stdout)
    r = subprocess.run(['sh', '-c', 'echo made > new.txt'], cwd=tmp)
    with open(os.path.join(tmp, 'new.txt')) as f:
        print(f.read(), end='')
    r = subprocess.run(['ls'], cwd=os.fsencode(tmp), capture_output=True)
    print(r.stdout.split())
    # cwd does not change the parent's directory.
    print(os.getcwd() != tmp)
    r = subprocess.run(['ls', '-1', tmp], capture_output=True, text=True)
    print(r.stdout.splitlines())
