import subprocess

# printf | sort | uniq -c, connected the way a shell would do it.
p1 = subprocess.Popen(['printf', 'b\\na\\nc\\na\\nb\\na\\n'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['sort'], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
p3 = subprocess.Popen(['uniq', '-c'], stdin=p2.stdout, stdout=subprocess.PIPE, text=True)
p2.stdout.close()
out, _ = p3.communicate()
for line in out.splitlines():
    count, word = line.split()
    print(word, count)
print(p1.wait(), p2.wait(), p3.returncode)

# Feeding the first process of a chain ourselves.
p1 = subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p2 = subprocess.Popen(['wc', '-c'], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
p1.stdin.write(b'twelve chars')
p1.stdin.close()
print(p2.communicate()[0].strip(), p1.wait(), p2.returncode)

# The same with the shell doing the plumbing.
print(subprocess.run('printf "3\\n1\\n2\\n" | sort -r | head -n 2', shell=True,
                     capture_output=True, text=True).stdout.split())

# A reader that stops early: the writer gets SIGPIPE, not us.
p1 = subprocess.Popen(['sh', '-c', 'i=0; while [ $i -lt 100000 ]; do echo line $i; '
                       'i=$((i+1)); done'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['head', '-n', '3'], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate()[0])
print(p1.wait() in (-13, 1, 2), p2.returncode)
