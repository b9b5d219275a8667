import io
import tempfile

s = tempfile.SpooledTemporaryFile(max_size=16)
print(s._rolled, s.name, s.mode, s.closed, isinstance(s, io.IOBase))
print(s.write(b'0123456789'), s._rolled, s.tell())
print(s.write(b'abcdef'), s._rolled)
print(s.write(b'!'), s._rolled, type(s.name).__name__, s.mode)
s.seek(0)
print(s.read(), s.tell())
s.close()
print(s.closed)

with tempfile.SpooledTemporaryFile(max_size=100) as s:
    s.writelines([b'line 1\n', b'line 2\n', b'line 3\n'])
    s.seek(0)
    print(s.readline(), s.readlines(), s._rolled)
    s.seek(0)
    print([line for line in s])
    s.rollover()
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.read(6))

s = tempfile.SpooledTemporaryFile(max_size=0)
s.write(b'x' * 100000)
print(s._rolled, s.tell())
n = s.fileno()
print(s._rolled, n > 2)
s.close()

s = tempfile.SpooledTemporaryFile(max_size=10)
s.write(b'abc')
s.truncate(20)
print(s._rolled)
s.seek(0)
print(s.read())
s.close()
try:
    with s:
        pass
except ValueError as e:
    print('ValueError:', e)
