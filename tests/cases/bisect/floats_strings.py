import bisect

temps = [-3.5, 0.0, 0.0, 2.25, 10.0, 37.5]
for t in [-10, -3.5, 0, 0.0, 1e-9, 37.5, float('inf')]:
    print(t, bisect.bisect_left(temps, t), bisect.bisect_right(temps, t))
names = sorted(['delta', 'alpha', 'charlie', 'bravo', 'echo'])
for n in ['a', 'alpha', 'beta', 'zulu', '']:
    print(repr(n), bisect.bisect_left(names, n), bisect.bisect(names, n))
tuples = [(1, 'a'), (1, 'c'), (2, 'b')]
print(bisect.bisect_left(tuples, (1, 'b')), bisect.bisect_right(tuples, (1,)), bisect.bisect_right(tuples, (1, 'z')))
