import heapq

h = []
for x in [5, 7, 9, 1, 3, 8, 2, 2, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
h = [1, 3, 5, 7, 9]
print(heapq.heapreplace(h, 4), h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 10), h)
print(heapq.heappushpop([], 3))

def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
