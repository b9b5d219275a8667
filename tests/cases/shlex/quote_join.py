import shlex

words = ['simple', 'with space', "it's", '', '$HOME', 'a"b', 'semi;colon',
         'safe-chars_@%+=:,./', 'tab\there', 'new\nline', 'ünï', '*.py', '~user']
for w in words:
    q = shlex.quote(w)
    back = shlex.split(q)
    print(repr(w), q, back == [w])

cmd = ['git', 'commit', '-m', "Fix the parser's bug", '--author', 'A B <a@b.c>']
line = shlex.join(cmd)
print(line)
print(shlex.split(line) == cmd)
print(shlex.join([]))
for bad in (5, None, b'bytes'):
    try:
        print(repr(shlex.quote(bad)))
    except TypeError as e:
        print('TypeError:', e)
