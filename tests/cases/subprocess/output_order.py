import subprocess
import sys

print('1. parent', flush=True)
subprocess.run(['echo', '2. child'])
print('3. parent', flush=True)
subprocess.call(['sh', '-c', 'echo 4. child stdout; echo 5. child stderr >&2'],
                stderr=subprocess.STDOUT)
sys.stdout.write('6. parent via write\n')
sys.stdout.flush()
p = subprocess.Popen(['printf', '7. child via Popen\\n'])
p.wait()
print('8. parent', flush=True)
subprocess.run(['sh', '-c', 'echo 9. to stderr >&2'])
print('10. captured:', subprocess.run(['echo', 'quiet'], capture_output=True).stdout)
sys.stderr.write('11. parent stderr\n')
sys.stderr.flush()
subprocess.run(['sh', '-c', 'echo 12. child stderr >&2'])
print('13. done', flush=True)
