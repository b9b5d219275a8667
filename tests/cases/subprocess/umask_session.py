import os
import subprocess
import tempfile

r = subprocess.run(['sh', '-c', 'umask'], umask=0o077, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(['sh', '-c', 'umask'], umask=0o022, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(['sh', '-c', 'umask'], umask=0, capture_output=True, text=True)
print(r.stdout.strip())

old = os.umask(0o027)
r = subprocess.run(['sh', '-c', 'umask'], capture_output=True, text=True)
print(r.stdout.strip())
os.umask(old)

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(['sh', '-c', 'echo x > private.txt'], cwd=tmp, umask=0o077)
    mode = os.stat(os.path.join(tmp, 'private.txt')).st_mode & 0o777
    print(oct(mode))

# A new session for the child.
p = subprocess.Popen(['sh', '-c', 'exit 0'], start_new_session=True)
print(p.wait())
print(subprocess.run(['echo', 'session'], start_new_session=True, capture_output=True).stdout)
print(subprocess.run(['true'], close_fds=False).returncode,
      subprocess.run(['true'], close_fds=True).returncode)
print(subprocess.run(['true'], restore_signals=False).returncode)
