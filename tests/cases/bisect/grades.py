import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect.bisect(breakpoints, score)
    return grades[i]

print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f'{x} not found')

def find_lt(a, x):
    i = bisect.bisect_left(a, x)
    if i:
        return a[i - 1]
    raise ValueError('none smaller')

def find_ge(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError('none larger')

a = [1, 3, 5, 7, 9]
print(index(a, 5), find_lt(a, 5), find_ge(a, 6))
for f, x in [(index, 4), (find_lt, 1), (find_ge, 10)]:
    try:
        f(a, x)
    except ValueError as e:
        print(e)
