import subprocess

try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print('error:', e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    print(repr(e))
    print(e.args)

try:
    subprocess.run(['sh', '-c', 'echo partial; echo oops >&2; exit 2'], capture_output=True,
                   check=True)
except subprocess.CalledProcessError as e:
    print('error:', e)
    print(e.stdout, e.stderr, e.output is e.stdout)
    print(e.args)

try:
    subprocess.run('exit 5', shell=True, check=True, text=True, stdout=subprocess.PIPE)
except subprocess.CalledProcessError as e:
    print('error:', e)
    print(repr(e.stdout), e.stderr)

r = subprocess.run(['true'], check=True)
print(r)

r = subprocess.run(['false'])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('check_returncode:', e, e.args)
    print(isinstance(e, subprocess.SubprocessError), isinstance(e, Exception))
