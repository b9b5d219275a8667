import subprocess

# Talk to a child line by line: write a request, read the answer, and so on.
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                     bufsize=1)
for word in ('ping', 'hello', 'bye'):
    p.stdin.write(word + '\n')
    print('echoed:', p.stdout.readline().strip())
p.stdin.close()
print(repr(p.stdout.read()))
p.stdout.close()
print(p.wait())

# A shell reading commands from its stdin.
sh = subprocess.Popen(['sh'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
sh.stdin.write(b'echo $((1 + 1))\n')
sh.stdin.flush()
print(sh.stdout.readline())
sh.stdin.write(b'x=5; echo "x is $x"\n')
sh.stdin.flush()
print(sh.stdout.readline())
sh.stdin.write(b'exit 3\n')
sh.stdin.flush()
print(sh.wait())
sh.stdin.close()
sh.stdout.close()

# A calculator-like loop driven by a shell script.
script = 'while read a b; do echo $((a * b)); done'
p = subprocess.Popen(['sh', '-c', script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     text=True, bufsize=1)
for a, b in [(2, 3), (7, 6), (12, 12)]:
    print(p.stdin.write(f'{a} {b}\n'), end=' ')
    print(f'{a} * {b} =', p.stdout.readline().strip())
out, err = p.communicate()
print(repr(out), err, p.returncode)
