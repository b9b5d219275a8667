import subprocess

# Far more than a pipe holds, both ways at once: communicate must not deadlock.
data = b''.join(b'%06d abcdefghijklmnopqrstuvwxyz\n' % i for i in range(60000))
print(len(data))
r = subprocess.run(['cat'], input=data, capture_output=True)
print(len(r.stdout), r.stdout == data, r.stderr)

r = subprocess.run(['sh', '-c', 'cat; cat >&2 < /dev/null'], input=data, capture_output=True)
print(len(r.stdout), len(r.stderr))

# Lots written to stdout and stderr at the same time.
script = 'i=0; while [ $i -lt 3000 ]; do echo "out $i"; echo "err $i" >&2; i=$((i+1)); done'
r = subprocess.run(['sh', '-c', script], capture_output=True, text=True)
out, err = r.stdout.splitlines(), r.stderr.splitlines()
print(len(out), len(err), out[0], out[-1], err[0], err[-1])

# Text mode with multi-byte characters split across reads.
text = 'é€😀' * 50000
r = subprocess.run(['cat'], input=text, capture_output=True, text=True)
print(len(r.stdout), r.stdout == text)

r = subprocess.run(['wc', '-c'], input=data * 4, capture_output=True)
print(int(r.stdout))

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(data, timeout=30)
print(len(out), err)

print(len(subprocess.check_output(['cat'], input=data)))
