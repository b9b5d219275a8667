"""mock_open: reading and writing through a mocked open()."""
from unittest import mock


def count_lines(path):
    with open(path) as f:
        return sum(1 for line in f if line.strip())


def first_line(path):
    with open(path) as f:
        return f.readline().rstrip('\n')


def save(path, items):
    with open(path, 'w') as f:
        for item in items:
            f.write(item + '\n')


data = 'alpha\nbeta\n\ngamma\n'
with mock.patch('builtins.open', mock.mock_open(read_data=data)) as fake_open:
    print(count_lines('list.txt'))
    print(first_line('list.txt'))
    fake_open.assert_called_with('list.txt')
    print(fake_open.call_count)

opener = mock.mock_open()
with mock.patch('builtins.open', opener):
    save('out.txt', ['one', 'two'])
opener.assert_called_once_with('out.txt', 'w')
handle = opener()
print(handle.write.call_args_list)
print(handle.__enter__.called, handle.__exit__.called)

reader = mock.mock_open(read_data='line 1\nline 2\nline 3')
f = reader('x')
print(repr(f.read(4)), repr(f.readline()), f.readlines())
f = reader('x')
print(list(f))
f = reader('x')
print(f.readline(), end='')
print(next(f), end='')
print(repr(f.read()))

binary = mock.mock_open(read_data=b'\x00\x01rest')
print(binary('b', 'rb').read())
