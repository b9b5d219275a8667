import subprocess

try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('timed out:', type(e).__name__)
    print(e.cmd, e.output, e.stdout, e.stderr)

try:
    subprocess.run(['sh', '-c', 'echo started; exec sleep 5'], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print('error:', e)
    print(e.cmd, e.timeout, e.output, e.stderr)
    print(e.args)

try:
    subprocess.run(['sh', '-c', 'echo to err >&2; exec sleep 5'], capture_output=True, text=True,
                   timeout=0.5)
except subprocess.TimeoutExpired as e:
    print('error:', e)
    print(e.stdout, e.stderr)

# Finishing within the time limit is fine.
r = subprocess.run(['sleep', '0.1'], timeout=10)
print(r)
r = subprocess.run(['echo', 'quick'], capture_output=True, timeout=10)
print(r)

try:
    subprocess.call(['sleep', '5'], timeout=0.25)
except subprocess.TimeoutExpired as e:
    print('call:', e)

try:
    subprocess.check_output(['sh', '-c', 'printf partial; exec sleep 5'], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print('check_output:', e)
    print(e.output)

e = subprocess.TimeoutExpired(['cmd'], 3)
print(str(e), repr(e), e.args)
e = subprocess.TimeoutExpired('cmd', 1.5, output=b'o', stderr=b'e')
print(str(e), repr(e), e.stdout, e.stderr)
e.stdout = b'changed'
print(e.output)
