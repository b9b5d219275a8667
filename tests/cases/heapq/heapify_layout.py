import heapq

for data in ([5, 3, 8, 1, 9, 2, 7], list(range(10, 0, -1)), [1, 1, 1, 0, 0, 2, 2], [], [42],
             [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6]):
    h = list(data)
    heapq.heapify(h)
    print(h)
    ok = all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h))
    print('invariant', ok)
words = ['pear', 'apple', 'fig', 'banana', 'cherry', 'date']
heapq.heapify(words)
print(words)
tuples = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q')]
heapq.heapify(tuples)
print(tuples)
