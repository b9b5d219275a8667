from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen)
d.extendleft([10, 20])
print(d)
d.extend(range(100, 105))
print(d)
print(deque('abcdef', 2))
z = deque([1, 2], maxlen=0)
z.append(3)
z.appendleft(4)
print(z, len(z))
print(deque(maxlen=5).maxlen, deque().maxlen)

def last_lines(lines, n):
    return deque(lines, maxlen=n)
print(list(last_lines(['l1', 'l2', 'l3', 'l4', 'l5'], 2)))

def moving_average(iterable, n=3):
    it = iter(iterable)
    window = deque()
    for _ in range(n - 1):
        window.append(next(it))
    total = sum(window)
    for elem in it:
        window.append(elem)
        total += elem
        yield total / n
        total -= window.popleft()
print(list(moving_average([40, 30, 50, 46, 39, 44])))

full = deque([1, 2, 3], maxlen=3)
tests = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[5],
    lambda: deque([1])[-2],
    lambda: deque([1, 2]).index(7),
    lambda: deque([1, 2]).remove(7),
    lambda: full.insert(0, 9),
    lambda: deque(maxlen=-1),
    lambda: deque([1]) + [2],
    lambda: deque([1, 2])[0:1],
    lambda: deque([1, 2])['a'],
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.popleft()
except RuntimeError as e:
    print('RuntimeError', e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
print(deque([1]).__eq__([1]), deque([1]).__lt__([2]))
d = deque(range(10))
print(d.index(3, 2), d.index(8, -3), d.index(4, 0, 5))
try:
    d.index(4, 5)
except ValueError as e:
    print(e)
print(deque.__name__, type(d))
