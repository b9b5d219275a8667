import subprocess

p = subprocess.Popen(['true'])
print(repr(p).startswith('<Popen: returncode: None args:'))
p.wait()
print(p)
print(repr(p))

p = subprocess.Popen(['echo', 'x' * 100], stdout=subprocess.DEVNULL)
p.wait()
print(p)
print(len(repr(p)))

p = subprocess.Popen('exit 3', shell=True)
p.wait()
print(p)
print(p.args)


class MyPopen(subprocess.Popen):
    pass


p = MyPopen(['false'])
p.wait()
print(p)
print(isinstance(p, subprocess.Popen))

p = subprocess.Popen(['true'], stdout=subprocess.PIPE)
print(p.universal_newlines, p.text_mode, p.encoding, p.errors)
p.communicate()
p = subprocess.Popen(['true'], stdout=subprocess.PIPE, text=True)
print(p.universal_newlines, p.text_mode, p.errors)
p.communicate()
p = subprocess.Popen(['true'], stdout=subprocess.PIPE, universal_newlines=True)
print(p.universal_newlines, p.text_mode)
p.communicate()
p = subprocess.Popen(['true'], stdout=subprocess.PIPE, encoding='ascii')
print(p.universal_newlines, p.text_mode, p.encoding, p.errors)
p.communicate()
p = subprocess.Popen(['true'], stdout=subprocess.PIPE, errors='ignore')
print(p.universal_newlines, p.text_mode, p.errors)
p.communicate()
print(subprocess.Popen[bytes], subprocess.CompletedProcess[str])
