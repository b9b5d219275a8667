from itertools import count, cycle, repeat, islice

c = count()
print([next(c) for _ in range(3)], c)
print(list(islice(count(10, 5), 4)))
print(list(islice(count(1.5, 0.25), 3)))
print(list(islice(count(3, -1), 5)))
print(count(5), count(1, 2), count(0, 1.0), count(1.5, 0.5), count(2**70), count(step=3))
print(type(count()), type(count()).__name__)
print(list(islice(cycle('abc'), 7)))
print(list(cycle([])))
print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -2)))
r = repeat('a', 3)
print(r, next(r), r, r.__length_hint__())
print(repeat([1, 2]), repeat('a'), repeat(object=7, times=2))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), 'abc')))
for i, ch in zip(count(), cycle('xy')):
    if i == 4:
        break
    print(i, ch)
