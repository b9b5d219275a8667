import os
import shutil

for key in ['COLUMNS', 'LINES']:
    os.environ.pop(key, None)
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size))
print(shutil.get_terminal_size((120, 40)))
os.environ['COLUMNS'] = '100'
print(shutil.get_terminal_size())
os.environ['LINES'] = '50'
print(shutil.get_terminal_size((1, 1)))
os.environ['COLUMNS'] = 'wide'
os.environ['LINES'] = '-3'
print(shutil.get_terminal_size((33, 44)))
os.environ['COLUMNS'] = '0'
os.environ['LINES'] = '7'
print(shutil.get_terminal_size())
print(type(size).__name__, isinstance(size, tuple))
