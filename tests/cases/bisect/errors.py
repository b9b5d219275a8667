import bisect

for call in [lambda: bisect.bisect_left([1, 2], 1, -1), lambda: bisect.bisect_right([1], 1, lo=-5),
             lambda: bisect.insort([1], 2, -1), lambda: bisect.bisect([1, 'a'], 2),
             lambda: bisect.bisect_left(None, 1), lambda: bisect.bisect_left([3], 1, 0, 5)]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(bisect.bisect_left([1, 2, 3], 2, 0, None), bisect.bisect_right([1, 2, 3], 2, hi=None))
