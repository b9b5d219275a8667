from collections import deque

def josephus(n, k):
    people = deque(range(1, n + 1))
    order = []
    while people:
        people.rotate(-(k - 1))
        order.append(people.popleft())
    return order
print(josephus(7, 3), josephus(10, 2))

def round_robin(*iterables):
    iterators = deque(map(iter, iterables))
    while iterators:
        try:
            while True:
                yield next(iterators[0])
                iterators.rotate(-1)
        except StopIteration:
            iterators.popleft()
print(list(round_robin('ABC', 'D', 'EF')))

def bfs(graph, start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
g = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
print(bfs(g, 1))

def sliding_max(nums, k):
    dq = deque()
    out = []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

def is_palindrome(s):
    d = deque(c.lower() for c in s if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True
print(is_palindrome('A man, a plan, a canal: Panama'), is_palindrome('abc'))

history = deque(maxlen=3)
for cmd in ['ls', 'cd /', 'pwd', 'echo hi', 'exit']:
    history.append(cmd)
print(history, list(history))
d = deque(range(5))
d.rotate(2)
print(d, d[0], d[-1])
del d[1]
d[0] = 'first'
print(d, len(d), d.maxlen)
