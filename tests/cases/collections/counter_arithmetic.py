from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4, d=-5)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(b - a)
print(+a, -a)
x = Counter(a=3, b=1)
x += Counter(a=-3, c=2)
print(x)
x -= Counter(c=5)
print(x)
y = Counter(a=1, b=5)
y |= Counter(a=4, c=1, b=2)
print(y)
y &= Counter(a=2, b=9)
print(y)
for op in ('__add__', '__sub__', '__or__', '__and__'):
    print(op, getattr(Counter(a=1), op)({'a': 1}))
try:
    Counter(a=1) + {'a': 1}
except TypeError as e:
    print(e)
try:
    Counter(a=1) < {'a': 1}
except TypeError as e:
    print(e)
def anagram(s1, s2):
    return Counter(s1.replace(' ', '').lower()) == Counter(s2.replace(' ', '').lower())
print(anagram('Dormitory', 'dirty room'), anagram('abc', 'abd'))
letters = Counter()
for word in ['apple', 'banana', 'cherry']:
    letters += Counter(word)
print(letters.most_common(4))
