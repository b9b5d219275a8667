import heapq

vals = [((i * 7919) % 101) / 4 for i in range(60)]
h = []
for v in vals:
    heapq.heappush(h, v)
print(h[:15])
print([heapq.heappop(h) for _ in range(10)])
heapq.heapify(vals)
print(vals[:20])
big = [(i * 37) % 1000 - 500 for i in range(300)]
heapq.heapify(big)
print(big[:25])
print(heapq.nsmallest(7, big), heapq.nlargest(7, big))
for _ in range(50):
    heapq.heapreplace(big, heapq.heappop(big) + 1000)
print(big[:25], len(big))
