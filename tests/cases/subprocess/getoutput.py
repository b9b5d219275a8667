import subprocess

print(repr(subprocess.getoutput('echo hello')))
print(repr(subprocess.getoutput('echo one; echo two')))
print(repr(subprocess.getoutput('echo out; echo err >&2')))
print(repr(subprocess.getoutput('printf "no newline"')))
print(repr(subprocess.getoutput('printf "two newlines\\n\\n"')))
print(repr(subprocess.getoutput('true')))

print(subprocess.getstatusoutput('echo fine'))
print(subprocess.getstatusoutput('echo failing; exit 3'))
print(subprocess.getstatusoutput('exit 1'))
print(subprocess.getstatusoutput('kill -9 $$'))
print(subprocess.getstatusoutput('printf "caf\\351"', encoding='latin-1'))
print(subprocess.getstatusoutput('printf "caf\\351"', errors='replace'))
status, output = subprocess.getstatusoutput('no-such-command-xyz')
print(status, 'not found' in output)
