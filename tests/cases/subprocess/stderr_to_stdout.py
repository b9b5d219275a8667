import subprocess

print(subprocess.STDOUT)
r = subprocess.run(['sh', '-c', 'echo 1; echo 2 >&2; echo 3'], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT)
print(r)
r = subprocess.run(['sh', '-c', 'echo only err >&2'], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout), r.stderr)
out = subprocess.check_output(['sh', '-c', 'echo o; echo e >&2; exit 0'],
                              stderr=subprocess.STDOUT)
print(out)
# With stdout not redirected, stderr goes to our stdout.
print('--', flush=True)
subprocess.run(['sh', '-c', 'echo "err to our stdout" >&2'], stderr=subprocess.STDOUT)
print('--', flush=True)
p = subprocess.Popen(['sh', '-c', 'echo a; echo b >&2'], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT)
print(p.stderr)
print(p.communicate())
try:
    subprocess.run(['true'], capture_output=True, stderr=subprocess.STDOUT)
except ValueError as e:
    print('ValueError:', e)
