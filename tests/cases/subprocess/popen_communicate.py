import subprocess

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
out, err = p.communicate(b'round trip')
print(out, err, p.returncode)
print(p.stdin.closed, p.stdout.closed, p.stderr.closed)
# Communicating again gives the same result; sending more input is an error.
print(p.communicate())
try:
    p.communicate(b'more')
except ValueError as e:
    print('ValueError:', e)

p = subprocess.Popen(['sh', '-c', 'read x; echo "got $x"; echo "err $x" >&2; exit 6'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                     text=True)
print(p.communicate('value\n'))
print(p.returncode)

p = subprocess.Popen(['echo', 'only stdout'], stdout=subprocess.PIPE)
print(p.communicate())
try:
    p.communicate()
except ValueError as e:
    print('ValueError:', e)

p = subprocess.Popen(['sh', '-c', 'echo only stderr >&2'], stderr=subprocess.PIPE)
print(p.communicate())

print('before', flush=True)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE)
print(p.communicate(b'only stdin\n'))
print('after', p.returncode, flush=True)

p = subprocess.Popen(['true'])
print(p.communicate(), p.returncode)

p = subprocess.Popen(['echo', 'ignored input'], stdout=subprocess.PIPE)
print(p.communicate(b'nobody reads this'))

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'written first, ')
print(p.communicate(b'then communicated'))

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'x')
p.stdin.close()
try:
    p.communicate()
except ValueError as e:
    print('ValueError:', e)
p.wait()
p.stdout.close()

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
print(p.communicate(timeout=5))

p = subprocess.Popen(['sh', '-c', 'echo early; exec sleep 5'], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print('timeout:', e)
    print(e.stdout, e.stderr)
p.kill()
out, err = p.communicate()
print(out, err, p.returncode)
