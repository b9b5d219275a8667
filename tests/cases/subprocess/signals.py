import subprocess

for sig in (9, 15, 2, 1, 6):
    r = subprocess.run(['sh', '-c', 'kill -%d $$' % sig])
    print(sig, r.returncode)

try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_call(['sh', '-c', 'kill -TERM $$'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output(['sh', '-c', 'echo before; kill -USR1 $$'])
except subprocess.CalledProcessError as e:
    print(e, e.output)

p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(10)
print(p.wait())

# A shell that traps SIGTERM exits on its own terms.
p = subprocess.Popen(['sh', '-c', 'trap "echo trapped; exit 7" TERM; echo ready; '
                      'while true; do sleep 0.05; done'], stdout=subprocess.PIPE, text=True)
print(p.stdout.readline(), end='')
p.terminate()
print(p.stdout.read(), end='')
p.stdout.close()
print(p.wait())
