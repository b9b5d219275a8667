import textwrap

s = 'Some well-known state-of-the-art e-mail x-ray pre-k-12 co-op'
for w in (5, 8, 10, 15):
    print(w, textwrap.wrap(s, w))
    print(w, textwrap.wrap(s, w, break_on_hyphens=False))
long = 'Supercalifragilisticexpialidocious is a word'
print(textwrap.wrap(long, 10))
print(textwrap.wrap(long, 10, break_long_words=False))
print(textwrap.wrap('a-very-long-hyphenated-compound-word', 12))
print(textwrap.wrap('a-very-long-hyphenated-compound-word', 12, break_on_hyphens=False))
print(textwrap.wrap('----------', 4), textwrap.wrap('--abc--', 3))
print(textwrap.wrap('this--is an em--dash sentence--right?', 10))
print(textwrap.wrap('http://example.com/some/very/long/path/name', 15))
print(textwrap.wrap('1-2-3-4-5 and a-b-c-d', 5))
print(textwrap.wrap('übermäßig-große straße-nbahn', 9))
