import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([1, 2])))
print(list(heapq.merge('ace', 'bdf')))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4, 2], reverse=True)))
print(list(heapq.merge(['kangaroo', 'fish'], ['horse', 'dog', 'cat'], key=len, reverse=True)))
a = [(1, 'a1'), (2, 'a2'), (2, 'a3')]
b = [(1, 'b1'), (2, 'b2')]
c = [(0, 'c0'), (2, 'c2')]
print(list(heapq.merge(a, b, c, key=lambda t: t[0])))
print(list(heapq.merge(a[::-1], b[::-1], c[::-1], key=lambda t: t[0], reverse=True)))

def gen(start, step, n):
    for i in range(n):
        yield start + i * step
m = heapq.merge(gen(0, 3, 4), gen(1, 3, 4), gen(2, 3, 4))
print(next(m), next(m), list(m))
print(type(heapq.merge([1])).__name__)
