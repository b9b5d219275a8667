import subprocess

print(subprocess.SubprocessError.__mro__[1:])
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))

e = subprocess.CalledProcessError(1, ['false'])
print(str(e))
print(repr(e), e.args)
print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)

e = subprocess.CalledProcessError(2, 'make all', b'out', b'err')
print(str(e), repr(e))
print(e.output, e.stdout, e.stderr)
e.stdout = b'replaced'
print(e.output)
e.output = b'again'
print(e.stdout)

e = subprocess.CalledProcessError(3, ['x'], output='text', stderr='more')
print(repr(e), e.args, e.output, e.stderr)

for code in (-9, -15, -2, -6, -11, -13, -17, -29, -34, -64, -40, -100, 0, 255, 300, -1.5):
    print(code, subprocess.CalledProcessError(code, ['cmd']))

e = subprocess.TimeoutExpired(['sleep', '9'], 0.5)
print(str(e))
print(repr(e), e.args)
print(e.cmd, e.timeout, e.output, e.stdout, e.stderr)
e = subprocess.TimeoutExpired('cmd', 10, output=b'so far', stderr=b'warn')
print(str(e), e.args, e.stdout, e.stderr)

try:
    raise subprocess.CalledProcessError(1, 'thing')
except subprocess.SubprocessError as caught:
    print('caught', type(caught).__name__, caught)

try:
    str(subprocess.CalledProcessError('not a number', 'c'))
except TypeError as err:
    print('TypeError:', err)


class BuildError(subprocess.CalledProcessError):
    def __str__(self):
        return 'build failed: ' + super().__str__()


print(BuildError(2, ['make']))
