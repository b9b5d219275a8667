from itertools import pairwise, zip_longest

print(list(pairwise('ABCDEFG')))
print(list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('ab', range(4))))
print(list(zip_longest()), list(zip_longest([], [])))
print(list(zip_longest('abc')))
print(list(zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)))
for args in [(5,), ([], 3)]:
    try:
        zip_longest(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    zip_longest('a', fill=1)
except TypeError as e:
    print('TypeError:', e)
try:
    pairwise(1)
except TypeError as e:
    print('TypeError:', e)
try:
    pairwise()
except TypeError as e:
    print('TypeError:', e)
