import subprocess

print(subprocess.run('echo $((2 + 3))', shell=True, capture_output=True).stdout)
print(subprocess.run('echo one && echo two', shell=True, capture_output=True, text=True).stdout)
print(subprocess.run('echo a | tr a b', shell=True, capture_output=True, text=True).stdout)
print(subprocess.run('for i in 1 2 3; do printf "$i "; done', shell=True,
                     capture_output=True).stdout)
print(subprocess.run('exit 12', shell=True).returncode)
print(subprocess.run('echo "$0"', shell=True, capture_output=True, text=True).stdout)
# With a list, the first item is the script and the rest are $0, $1, ...
print(subprocess.run(['echo "$0-$1"', 'zero', 'one'], shell=True, capture_output=True,
                     text=True).stdout)
print(subprocess.run(['echo', 'ignored'], shell=True, capture_output=True).stdout)
print(subprocess.run(b'echo bytes script', shell=True, capture_output=True).stdout)
r = subprocess.run('read line; echo "[$line]"', shell=True, input='typed\n',
                   capture_output=True, text=True)
print(r)
# executable replaces the shell program, the script stays the same.
print(subprocess.run('echo run by sh', shell=True, executable='sh', capture_output=True,
                     text=True).stdout)
r = subprocess.run('echo "quote \'inside\'"', shell=True, capture_output=True, text=True)
print(r.stdout, r.args)
