import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    f = tempfile.NamedTemporaryFile(dir=tmp)
    print(type(f).__name__, os.path.dirname(f.name) == tmp, f.mode, f.delete, f.closed)
    print(f.write(b'binary data'), f.tell())
    f.seek(0)
    print(f.read(), os.path.exists(f.name), f.name == f.file.name)
    f.close()
    print(f.closed, os.path.exists(f.name))

    with tempfile.NamedTemporaryFile('w+', suffix='.txt', prefix='log_', dir=tmp, encoding='utf-8') as t:
        print(os.path.basename(t.name)[:4], t.name.endswith('.txt'), t.encoding)
        t.write('line one\nline two\n')
        t.flush()
        with open(t.name) as again:
            print(again.read().splitlines())
        t.seek(0)
        print([line.rstrip() for line in t])
        name = t.name
    print(os.path.exists(name))

    with tempfile.NamedTemporaryFile('w', dir=tmp, delete=False) as keep:
        keep.write('kept')
        kept = keep.name
    print(os.path.exists(kept), open(kept).read())
    os.unlink(kept)

    try:
        with tempfile.NamedTemporaryFile(dir=tmp) as g:
            os.unlink(g.name)
    except FileNotFoundError as e:
        print('FileNotFoundError on exit:', e.strerror)
    g2 = tempfile.NamedTemporaryFile(dir=tmp, delete=False)
    os.unlink(g2.name)
    g2.close()
    print(g2.closed)
    print(os.listdir(tmp))
