from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
# groups are invalidated when the outer iterator advances
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
# partially consumed group
groups = groupby('xxxyy')
k, g = next(groups)
print(k, next(g))
k, g = next(groups)
print(k, list(g))
print(next(groups, 'end'))
print(list(groupby([])))
records = [{'dept': 'eng', 'n': 1}, {'dept': 'eng', 'n': 2}, {'dept': 'ops', 'n': 3}]
print({dept: [r['n'] for r in rs] for dept, rs in groupby(records, key=lambda r: r['dept'])})
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
try:
    groupby()
except TypeError as e:
    print('TypeError:', e)
try:
    groupby(5)
except TypeError as e:
    print('TypeError:', e)
