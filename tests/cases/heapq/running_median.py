import heapq

def running_median(stream):
    low, high = [], []
    out = []
    for x in stream:
        if not low or x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            out.append(-low[0])
        else:
            out.append((-low[0] + high[0]) / 2)
        print(sorted(-v for v in low), high)
    return out
print(running_median([5, 15, 1, 3, 2, 8, 7, 9, 10, 6, 11, 4]))

def k_closest(points, k):
    return heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)
print(k_closest([(1, 3), (-2, 2), (5, 8), (0, 1), (2, -2), (3, 3)], 3))

def top_k_frequent(nums, k):
    counts = {}
    for n in nums:
        counts[n] = counts.get(n, 0) + 1
    return heapq.nlargest(k, counts, key=counts.get)
print(top_k_frequent([1, 1, 1, 2, 2, 3, 4, 4, 4, 4, 5], 2))
