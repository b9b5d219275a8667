import shlex

lines = [
    'ls -la /tmp',
    'echo "hello world"',
    "echo 'single quoted' and \"double\"",
    'grep -e "a b" -e \'c d\' file.txt',
    'path\\ with\\ spaces next',
    'mixed"quo"ted\'parts\'here',
    'echo "escaped \\" quote" done',
    "echo 'no \\escape in single'",
    'echo "backslash \\\\ and \\$HOME and \\n"',
    'a=1 b="2 3" cmd --flag=value',
    '  leading   and   trailing   ',
    '',
    '""',
    "'' x ''",
    'tab\tseparated\nnewline',
    'unicode café naïve "ünï code"',
    'semi;colon|pipe&amp>redirect<in',
    '# not a comment by default',
]
for line in lines:
    print(repr(line), '->', shlex.split(line))
