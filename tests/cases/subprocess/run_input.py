import subprocess

r = subprocess.run(['cat'], input=b'bytes in\n', capture_output=True)
print(r.stdout)

r = subprocess.run(['tr', 'a-z', 'A-Z'], input='shout this\n', capture_output=True, text=True)
print(r.stdout, end='')

r = subprocess.run(['wc', '-l'], input=b'1\n2\n3\n', stdout=subprocess.PIPE)
print(r.stdout.strip())

r = subprocess.run(['wc', '-c'], input=b'', stdout=subprocess.PIPE)
print(r.stdout.strip())

r = subprocess.run(['cat'], input=bytearray(b'from a bytearray'), stdout=subprocess.PIPE)
print(r.stdout)

r = subprocess.run(['cat'], input=memoryview(b'from a memoryview'), stdout=subprocess.PIPE)
print(r.stdout)

# Only stdin is a pipe: the output goes to our own stdout.
print('before', flush=True)
r = subprocess.run(['cat'], input=b'straight through\n')
print('after', r.returncode)

# The child does not read its input at all.
r = subprocess.run(['true'], input=b'ignored' * 10000)
print(r.returncode)
r = subprocess.run(['head', '-c', '5'], input=b'0123456789' * 20000, capture_output=True)
print(r.stdout, r.returncode)

try:
    subprocess.run(['cat'], input='str without text mode', capture_output=True)
except TypeError as e:
    print('TypeError:', e)
try:
    subprocess.run(['cat'], input=b'bytes in text mode', capture_output=True, text=True)
except AttributeError as e:
    print('AttributeError:', e)
