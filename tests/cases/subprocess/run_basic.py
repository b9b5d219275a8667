import subprocess

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)

r = subprocess.run(['true'])
print(r)
print(r.stdout, r.stderr)

r = subprocess.run(['false'])
print(r, r.returncode)

r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True)
print(r)

r = subprocess.run(['printf', '%s-%s\n', 'a', 'b', 'c'], stdout=subprocess.PIPE)
print(r)

r = subprocess.run(('echo', 'tuple args'), capture_output=True)
print(r.args, r.stdout)

r = subprocess.run('true')
print(r)

r = subprocess.run(args=['echo', 'keyword'], stdout=subprocess.PIPE)
print(r.stdout)
