r = range(0, 20, 3)
print(r, list(r), len(r), r[2], r[-1])
print(r[1:4], list(r[1:4]), r[::-1], list(r[::-1]), r[::2])
print(9 in r, 10 in r, -3 in r, 18 in r, 21 in r)
print(r.index(12), r.count(12), r.count(13))
print(range(5) == range(0, 5), range(0) == range(5, 1), range(0, 3, 2) == range(0, 4, 2))
print(list(range(10, 0, -3)), list(range(-5)), list(range(2, 2)))
print(range(1, 10).start, range(1, 10).stop, range(1, 10, 2).step)
print(len(range(0, 100, 7)), len(range(10, 0, -1)), len(range(0, -10)))
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
big = range(10 ** 12)
print(len(big), 10 ** 11 in big, big[-1])
print(sum(range(101)), max(range(5)), min(range(3, 8)))
print(list(reversed(range(4))), bool(range(0)), bool(range(1)))
