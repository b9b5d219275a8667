import bisect

a = [1, 2, 4, 4, 4, 8, 10]
for x in [0, 1, 3, 4, 5, 10, 11]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, hi=2))
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))
print(bisect.bisect_left(a, 4, lo=10), bisect.bisect_right(a, 4, 2, 2))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5)
bisect.insort(b, 0, 0, 0)
print(b)
print(bisect.bisect_left('acegik', 'f'), bisect.bisect_right(('a', 'b', 'b'), 'b'))
print(bisect.bisect_left(range(0, 100, 5), 33), bisect.bisect_right(range(0, 100, 5), 35))
