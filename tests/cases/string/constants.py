import string

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable']:
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(sorted(string.__all__))
print(all(c in string.printable for c in 'Hello, World!\n'))
print(''.join(c for c in 'a1-b2_c3!' if c in string.ascii_letters + string.digits))
table = str.maketrans('', '', string.punctuation)
print('Hello, World! (test) #1'.translate(table))
print(int('ff', 16) == sum(string.hexdigits.index(c) * 16 ** i for i, c in enumerate(reversed('ff'))))
