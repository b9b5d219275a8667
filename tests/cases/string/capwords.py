import string

for s in ['hello world', '  hello   world  ', "they're bill's friends", 'ALL CAPS here',
          '', '   ', 'a\tb\nc', 'o\'neil mc-donald']:
    print(repr(string.capwords(s)))
print(string.capwords('a-b-c d', '-'))
print(string.capwords('one,two,,three', ','))
print(string.capwords('x  y', ' '))
print(string.capwords('abc', None))
