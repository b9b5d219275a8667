"""difflib.unified_diff, context_diff and diff_bytes, with headers, context sizes and lineterm."""
import difflib

a = ['line %d\n' % i for i in range(1, 16)]
b = list(a)
b[2] = 'line three\n'
del b[7]
b.insert(12, 'inserted\n')
b.append('the end\n')

print(''.join(difflib.unified_diff(a, b, fromfile='before.txt', tofile='after.txt',
                                   fromfiledate='2024-01-01', tofiledate='2024-01-02')), end='')
print('=' * 10)
print(''.join(difflib.unified_diff(a, b, n=1)), end='')
print('=' * 10)
print(''.join(difflib.context_diff(a, b, fromfile='before.txt', tofile='after.txt')), end='')
print('=' * 10)
print(''.join(difflib.context_diff(a, b, n=0)), end='')
print('=' * 10)
for line in difflib.unified_diff(['x', 'y'], ['x', 'z'], 'l', 'r', lineterm=''):
    print(line)
print(list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff([], ['new\n'])))
print(list(difflib.context_diff(['old\n'], [])))
for line in difflib.diff_bytes(difflib.unified_diff, [b'caf\xe9\n', b'bar\n'], [b'cafe\n', b'bar\n'],
                               b'a.bin', b'b.bin'):
    print(line)
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print('TypeError:', e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=3))
except TypeError as e:
    print('TypeError:', e)
