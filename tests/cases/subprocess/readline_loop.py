import subprocess

p = subprocess.Popen(['printf', 'alpha\\nbeta\\ngamma\\n'], stdout=subprocess.PIPE)
for line in p.stdout:
    print(line)
p.stdout.close()
print(p.wait())

p = subprocess.Popen(['sh', '-c', 'for w in one two three; do echo $w; done'],
                     stdout=subprocess.PIPE, text=True)
numbered = [f'{n}: {line.rstrip()}' for n, line in enumerate(p.stdout, 1)]
p.stdout.close()
p.wait()
print(numbered)

with subprocess.Popen(['sh', '-c', 'echo first; sleep 0.1; echo second'],
                      stdout=subprocess.PIPE, text=True) as p:
    while True:
        line = p.stdout.readline()
        if not line:
            break
        print('got', repr(line))
print(p.returncode)

p = subprocess.Popen(['printf', 'no trailing newline'], stdout=subprocess.PIPE, text=True)
print(p.stdout.readlines())
p.stdout.close()
p.wait()

p = subprocess.Popen(['printf', 'abcdef'], stdout=subprocess.PIPE)
print(p.stdout.read(2), p.stdout.read(3), p.stdout.read(), p.stdout.read())
p.stdout.close()
p.wait()

p = subprocess.Popen(['sh', '-c', 'echo err1 >&2; echo err2 >&2'], stderr=subprocess.PIPE,
                     text=True)
print([line.strip() for line in p.stderr])
p.stderr.close()
p.wait()
