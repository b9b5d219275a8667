import subprocess

with subprocess.Popen(['echo', 'in a with block'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b'abc')
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)

# Leaving the block waits for the child.
with subprocess.Popen(['sh', '-c', 'sleep 0.1; exit 4']) as p:
    print(p.returncode)
print(p.returncode)

# The pipes are closed even when the block raises, and the child is waited for.
try:
    with subprocess.Popen(['sh', '-c', 'exit 2'], stdout=subprocess.PIPE) as p:
        raise KeyError('inside')
except KeyError as e:
    print('KeyError', e, p.returncode, p.stdout.closed)

print('parent', flush=True)
with subprocess.Popen(['cat'], stdin=subprocess.PIPE) as p:
    p.stdin.write(b'flushed when the block ends\n')
print(p.returncode)

with subprocess.Popen(['true']) as p:
    pass
print(p.returncode, p.stdin, p.stdout, p.stderr)
