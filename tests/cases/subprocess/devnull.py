import subprocess

print(subprocess.DEVNULL)
r = subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True)
print(r)
r = subprocess.run(['echo', 'discarded'], stdout=subprocess.DEVNULL)
print(r)
r = subprocess.run(['sh', '-c', 'echo kept; echo discarded >&2'], stdout=subprocess.PIPE,
                   stderr=subprocess.DEVNULL)
print(r)
r = subprocess.run(['sh', '-c', 'echo discarded; echo kept >&2'], stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)
print(r)
r = subprocess.run(['sh', '-c', 'echo gone; echo gone too >&2'], stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(r)
r = subprocess.run(['wc', '-c'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
print(r.stdout.strip())
p = subprocess.Popen(['cat'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
print(p.stdin, p.communicate())
