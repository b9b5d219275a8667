import subprocess

print(subprocess.call(['true']))
print(subprocess.call(['false']))
print(subprocess.call(['sh', '-c', 'exit 42']))
print(subprocess.call('exit 7', shell=True))
print(subprocess.call(['sh', '-c', 'echo hidden'], stdout=subprocess.DEVNULL))

print('parent first', flush=True)
print(subprocess.call(['echo', 'child output']))
print('parent last', flush=True)

print(subprocess.check_call(['true']))
print(subprocess.check_call(['echo', 'checked'], stdout=subprocess.DEVNULL))
for args, kwargs in [((['false'],), {}), ((), {'args': ['sh', '-c', 'exit 9']}),
                     (('exit 3',), {'shell': True})]:
    try:
        subprocess.check_call(*args, **kwargs)
    except subprocess.CalledProcessError as e:
        print(e, e.args, e.output)

print(subprocess.call(['sleep', '0.1'], timeout=5))
