import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    notes = d / 'notes.txt'
    print(notes.write_text('first line\nsecond line\n'))
    print(repr(notes.read_text()))
    print(notes.write_text('caf\u00e9 \u2615\n', encoding='utf-8'), notes.stat().st_size)
    print(repr(notes.read_text(encoding='utf-8')), repr(notes.read_bytes()))
    print(repr(notes.read_text(encoding='latin-1')))
    print(repr(notes.read_text(encoding='ascii', errors='replace')))
    print(notes.write_text('a\nb\n', newline='\r\n'), notes.read_bytes())
    print(repr(notes.read_text()))
    blob = d / 'data.bin'
    print(blob.write_bytes(bytes(range(5))), blob.read_bytes())
    print(blob.write_bytes(bytearray(b'xyz')), blob.write_bytes(memoryview(b'12345')[1:3]), blob.read_bytes())
    for bad in [b'bytes', 5, None]:
        try:
            notes.write_text(bad)
        except TypeError as e:
            print('TypeError:', e)
    for bad in ['text', 5, [1, 2]]:
        try:
            blob.write_bytes(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        (d / 'absent.txt').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError:', e.strerror, e.filename == str(d / 'absent.txt'))
    try:
        d.read_bytes()
    except IsADirectoryError as e:
        print('IsADirectoryError:', e.errno)
    (d / 'bad.txt').write_bytes(b'ok \xff\xfe end')
    try:
        (d / 'bad.txt').read_text(encoding='utf-8')
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e.reason, e.start)
    print(repr((d / 'bad.txt').read_text(encoding='utf-8', errors='ignore')))
