import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    out_path = os.path.join(tmp, 'out.txt')
    with open(out_path, 'w') as f:
        subprocess.run(['echo', 'into a file'], stdout=f)
        subprocess.run(['sh', '-c', 'echo error line >&2'], stderr=f)
    with open(out_path) as f:
        print(f.read(), end='')

    with open(out_path, 'rb') as f:
        r = subprocess.run(['wc', '-l'], stdin=f, capture_output=True)
    print(r.stdout.strip())

    with open(out_path, 'rb') as f:
        r = subprocess.run(['tr', 'a-z', 'A-Z'], stdin=f.fileno(), capture_output=True)
    print(r.stdout)

    fd = os.open(os.path.join(tmp, 'by_fd.txt'), os.O_WRONLY | os.O_CREAT, 0o644)
    subprocess.run(['printf', 'through a descriptor'], stdout=fd)
    os.close(fd)
    with open(os.path.join(tmp, 'by_fd.txt')) as f:
        print(f.read())

    with tempfile.TemporaryFile() as f:
        subprocess.run(['printf', 'temporary'], stdout=f)
        f.seek(0)
        print(f.read())

    # A file opened for appending: the child writes at the end.
    with open(out_path, 'a') as f:
        subprocess.run(['echo', 'appended'], stdout=f)
    with open(out_path) as f:
        print(f.read().splitlines())

    # Our own buffered data must be flushed by us before the child writes.
    with open(out_path, 'w') as f:
        f.write('ours first\n')
        f.flush()
        subprocess.run(['echo', 'child second'], stdout=f)
        f.write('ours third\n')
    with open(out_path) as f:
        print(f.read().splitlines())

for bad in (object(), 'not a file'):
    try:
        subprocess.run(['true'], stdout=bad)
    except AttributeError as e:
        print('AttributeError:', e)
