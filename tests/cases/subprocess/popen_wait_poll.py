import subprocess

p = subprocess.Popen(['sleep', '5'])
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('still running:', e)
try:
    p.wait(0)
except subprocess.TimeoutExpired as e:
    print('still running:', e)
p.terminate()
print(p.wait(), p.returncode, p.poll())
p.terminate()
p.kill()
print(p.wait())

p = subprocess.Popen(['sleep', '5'])
p.kill()
print(p.wait())

p = subprocess.Popen(['sleep', '5'])
p.send_signal(15)
print(p.wait())

p = subprocess.Popen(['sh', '-c', 'exit 3'])
print(p.wait(timeout=5), p.poll())

p = subprocess.Popen(['true'])
while p.poll() is None:
    pass
print(p.returncode)

p = subprocess.Popen(['sleep', '0.1'])
print(p.wait(timeout=10))
