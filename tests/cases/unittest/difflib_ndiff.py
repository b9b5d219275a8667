"""difflib.ndiff and Differ: intraline hints, junk, restore."""
import difflib

before = '''\
def greet(name):
    print("Hello, " + name)
    return None

greet("world")
'''.splitlines(keepends=True)

after = '''\
def greet(name, punctuation="!"):
    print("Hello, " + name + punctuation)

greet("world")
greet("there")
'''.splitlines(keepends=True)

delta = list(difflib.ndiff(before, after))
print(''.join(delta), end='')
print('restored first :', ''.join(difflib.restore(delta, 1)) == ''.join(before))
print('restored second:', ''.join(difflib.restore(delta, 2)) == ''.join(after))
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print('ValueError:', e)

print('----')
d = difflib.Differ()
for line in d.compare(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']):
    print(line, end='')
print('----')
for line in difflib.ndiff(['\tindented tab\n', 'x = 1\n'], ['\tindented tabs\n', 'x = 2\n']):
    print(line, end='')
print('----')
for line in difflib.ndiff(['a\n', '\n', 'b\n'], ['a\n', 'b\n', '\n'], linejunk=difflib.IS_LINE_JUNK):
    print(repr(line))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('x'))
print(list(difflib.ndiff(['same'], ['same'])))
print(list(difflib.ndiff([], ['only new\n'])))
print(list(difflib.ndiff(['abcdefghij'], ['xyz'])))
print(list(difflib.ndiff(['private Thread currentThread;'], ['private volatile Thread currentThread;'])))
