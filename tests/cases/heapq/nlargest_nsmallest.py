import heapq

data = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
for n in (-1, 0, 1, 3, 5, 11, 20):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
    print(n, heapq.nlargest(n, iter(data)), heapq.nsmallest(n, iter(data)))
portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, portfolio, key=lambda s: s['price'])])
pairs = [(k % 3, k) for k in range(12)]
print(heapq.nsmallest(5, pairs, key=lambda p: p[0]))
print(heapq.nlargest(5, pairs, key=lambda p: p[0]))
print(heapq.nsmallest(5, iter(pairs), key=lambda p: p[0]))
print(heapq.nlargest(5, iter(pairs), key=lambda p: p[0]))
print(heapq.nlargest(1, []), heapq.nsmallest(1, iter([])), heapq.nsmallest(3, []))
print(heapq.nlargest(2, 'hello world'), heapq.nsmallest(4, 'hello world', key=str.upper))
print(heapq.nlargest(3, {'a': 1, 'b': 2, 'c': 3, 'd': 0}))
words = 'the Quick brown fox Jumps over the lazy dog'.split()
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
