import subprocess

cp = subprocess.CompletedProcess(['ls', '-l'], 0)
print(cp)
print(cp.args, cp.returncode, cp.stdout, cp.stderr)
print(cp.check_returncode())

cp = subprocess.CompletedProcess('cmd', 1, b'out')
print(cp)
cp = subprocess.CompletedProcess('cmd', 1, stderr=b'err')
print(cp)
cp = subprocess.CompletedProcess(args=['a'], returncode=2, stdout='x', stderr='y')
print(cp)
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.args, e.stdout, e.stderr)

cp = subprocess.CompletedProcess(['killed'], -9)
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)

cp.stdout = 'assigned later'
print(cp)
print(subprocess.CompletedProcess[bytes])
print(subprocess.CompletedProcess[str].__origin__ is subprocess.CompletedProcess)


class Result(subprocess.CompletedProcess):
    pass


print(Result(['x'], 0, b''))
r = subprocess.run(['echo', 'real'], capture_output=True)
print(type(r).__name__, r == r, r.stdout)
