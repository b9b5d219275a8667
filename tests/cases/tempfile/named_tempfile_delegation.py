import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    with tempfile.NamedTemporaryFile('w+', dir=tmp, newline='', encoding='utf-8') as f:
        f.writelines(['alpha\n', 'beta\r\n', 'gamma'])
        print(f.tell(), f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)
        f.seek(0)
        print(repr(f.readline()), f.readlines())
        f.seek(0)
        print([line for line in f])
        f.seek(0)
        print(f.read(3), f.newlines, f.errors, f.encoding)
        f.truncate(0)
        f.flush()
        print(os.path.getsize(f.name), f.closed)
    print(f.closed, f.file.closed)
    with tempfile.NamedTemporaryFile(dir=tmp, delete=False) as g:
        g.write(b'\x00\x01')
    print(g.delete, os.path.getsize(g.name))
    g.close()
    print(os.path.exists(g.name))
    os.unlink(g.name)
    try:
        f.nonexistent_attribute
    except AttributeError as e:
        print('AttributeError', 'nonexistent_attribute' in str(e))
