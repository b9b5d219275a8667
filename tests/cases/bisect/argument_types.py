import bisect

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

a = [1, 3, 5, 7, 9, 11]
print(bisect.bisect_left(a, 7, Idx(1), Idx(4)), bisect.bisect_right(a, 7, True), bisect.bisect(a, 100, hi=Idx(3)))
print(bisect.bisect_left(a, 7, 0, -1), bisect.bisect_right(a, 7, 0, -2))
for call in [lambda: bisect.bisect_left(a, 1, None), lambda: bisect.bisect_left(a, 1, 0, 'x'),
             lambda: bisect.bisect_right(a, 1, 1.5), lambda: bisect.insort(a, 2, 'lo'),
             lambda: bisect.bisect_left(a, 1, -3)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
