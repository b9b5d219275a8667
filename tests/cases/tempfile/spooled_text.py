import tempfile

with tempfile.SpooledTemporaryFile(max_size=30, mode='w+', encoding='utf-8') as s:
    print(s.mode, s.encoding, s.errors, s.newlines, s.name)
    s.write('caf\u00e9\n')
    s.write('second\r\n')
    s.seek(0)
    print(repr(s.read()), s.newlines, s._rolled)
    s.write('x' * 30)
    print(s._rolled, s.mode)
    s.seek(0)
    print(repr(s.readline()), repr(s.readline()))
with tempfile.SpooledTemporaryFile(mode='w+', newline='') as s:
    s.write('a\r\nb\n')
    s.seek(0)
    print(repr(s.read()))
    print(s.readable(), s.writable(), s.seekable(), s.isatty())
