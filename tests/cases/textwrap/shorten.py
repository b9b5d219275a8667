import textwrap

print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world!', width=10, placeholder='...'))
s = 'The quick brown fox jumps over the lazy dog'
for w in range(8, 46, 6):
    print(w, repr(textwrap.shorten(s, w)))
print(repr(textwrap.shorten('   spaced    out\n\ttext  ', 50)))
print(repr(textwrap.shorten('', 10)), repr(textwrap.shorten('word', 6)))
print(repr(textwrap.shorten('Supercalifragilistic', 10)))
print(repr(textwrap.shorten('one two three', 9, placeholder=' >')))
try:
    textwrap.shorten('abc def', 3)
except ValueError as e:
    print('ValueError', e)
