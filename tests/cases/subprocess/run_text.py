import subprocess

r = subprocess.run(['echo', 'text mode'], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))

r = subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], capture_output=True, universal_newlines=True)
print(repr(r.stdout))

r = subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], capture_output=True)
print(repr(r.stdout))

r = subprocess.run(['printf', 'caf\\303\\251\\n'], capture_output=True, encoding='utf-8')
print(repr(r.stdout))

r = subprocess.run(['printf', 'caf\\351\\n'], capture_output=True, encoding='latin-1')
print(repr(r.stdout))

r = subprocess.run(['printf', 'bad \\377 byte'], capture_output=True, errors='replace')
print(repr(r.stdout))

r = subprocess.run(['printf', 'bad \\377 byte'], capture_output=True, text=True,
                   errors='backslashreplace')
print(repr(r.stdout))

try:
    subprocess.run(['printf', '\\377'], capture_output=True, text=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)

r = subprocess.run(['cat'], input='é and ü\n', capture_output=True, text=True)
print(repr(r.stdout))

r = subprocess.run(['od', '-An', '-tx1'], input='é', capture_output=True, encoding='latin-1')
print(r.stdout.split())

r = subprocess.run(['echo', 'x'], capture_output=True, text=False)
print(repr(r.stdout))

r = subprocess.run(['echo', 'y'], stdout=subprocess.PIPE, text=True, universal_newlines=True)
print(repr(r.stdout))
