import subprocess

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(sorted(subprocess.__all__))
for name in subprocess.__all__:
    print(name, hasattr(subprocess, name))
for name in ('list2cmdline',):
    print(name, callable(getattr(subprocess, name)))
print(subprocess.Popen.__name__, subprocess.CompletedProcess.__name__)
print(callable(subprocess.Popen.poll), callable(subprocess.Popen.communicate))
for attr in ('poll', 'wait', 'communicate', 'send_signal', 'terminate', 'kill',
             '__enter__', '__exit__'):
    print(attr, hasattr(subprocess.Popen, attr))
p = subprocess.Popen(['true'])
for attr in ('args', 'pid', 'returncode', 'stdin', 'stdout', 'stderr'):
    print(attr, hasattr(p, attr))
print(type(p.pid).__name__, p.pid > 0)
p.wait()
print(p.returncode)
