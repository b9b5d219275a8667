import shlex

lines = [
    'ls -la /tmp',
    'echo "hello world"',
    "echo 'single' \"double\"",
    'mixed"quo"ted',
    'path\\ with\\ spaces',
    'C:\\Users\\me\\file.txt "C:\\Program Files\\x"',
    '"" empty',
    "it's",
]
for line in lines:
    try:
        print(repr(line), '->', shlex.split(line, posix=False))
    except ValueError as e:
        print(repr(line), '-> ValueError:', e)
