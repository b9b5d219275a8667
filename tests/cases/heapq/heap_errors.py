import heapq

for fn, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)),
                 (heapq.heappush, ((), 1)), (heapq.heapify, ((3, 1),)),
                 (heapq.heappop, ('abc',)), (heapq.heappushpop, (None, 1))]:
    try:
        fn(*args)
    except (IndexError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)
h = [1, 'a']
try:
    heapq.heappush(h, 'b')
except TypeError as e:
    print(e)
try:
    heapq.heapify([3, None, 1])
except TypeError as e:
    print(e)
try:
    list(heapq.merge([1, 2], ['a']))
except TypeError as e:
    print(e)
print(heapq.__all__)
