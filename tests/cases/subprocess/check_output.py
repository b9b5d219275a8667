import subprocess

print(subprocess.check_output(['echo', 'hello']))
print(repr(subprocess.check_output(['echo', 'hello'], text=True)))
print(repr(subprocess.check_output(['echo', 'hello'], universal_newlines=True)))
print(subprocess.check_output(['sh', '-c', 'echo out; echo err >&2'], stderr=subprocess.STDOUT))
print(subprocess.check_output(['sh', '-c', 'echo out; echo err >&2'],
                              stderr=subprocess.DEVNULL))
print(subprocess.check_output(['cat'], input=b'via input'))
print(repr(subprocess.check_output(['cat'], input='text input', text=True)))
print(subprocess.check_output(['cat'], input=None))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.check_output('echo $((6 * 7))', shell=True))
print(subprocess.check_output(['wc', '-w'], input=b'one two three').strip())

try:
    subprocess.check_output(['sh', '-c', 'echo half-done; exit 4'])
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.output, e.stderr)

try:
    subprocess.check_output(['sh', '-c', 'echo message >&2; exit 1'], stderr=subprocess.PIPE)
except subprocess.CalledProcessError as e:
    print(e.output, e.stderr)

for bad in ({'stdout': None}, {'check': False}, {'stdout': subprocess.PIPE}):
    try:
        subprocess.check_output(['true'], **bad)
    except ValueError as e:
        print('ValueError:', e)
