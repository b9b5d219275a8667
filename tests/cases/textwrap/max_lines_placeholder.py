import textwrap

text = 'Hello there, how are you doing today? This sentence is rather long indeed.'
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(text, 20, max_lines=n))
print(textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=' (more)'))
print(textwrap.fill(text, 15, max_lines=3, initial_indent='> ', subsequent_indent='| '))
print(textwrap.wrap('short', 20, max_lines=1))
print(textwrap.wrap('aaaa bbbb cccc dddd', 9, max_lines=2))
print(textwrap.wrap('aaaaaaaaaaaaaaaa bbbb', 10, max_lines=1, placeholder='..'))
for kw in [dict(width=4, max_lines=1), dict(width=5, max_lines=2, subsequent_indent='    '),
           dict(width=0), dict(width=-3)]:
    try:
        print(textwrap.wrap(text, **kw))
    except ValueError as e:
        print('ValueError', e)
