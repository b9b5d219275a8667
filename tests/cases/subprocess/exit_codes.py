import subprocess

for code in (0, 1, 2, 3, 42, 126, 127, 128, 200, 255, 256, 257):
    r = subprocess.run(['sh', '-c', 'exit %d' % code])
    print(code, r.returncode, subprocess.call('exit %d' % code, shell=True))

codes = [subprocess.run(cmd).returncode for cmd in (['true'], ['false'], 'true', 'false')]
print(codes)
print(subprocess.run(['test', '1', '-eq', '1']).returncode,
      subprocess.run(['test', '1', '-eq', '2']).returncode)
