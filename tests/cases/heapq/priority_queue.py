import heapq

tasks = []
heapq.heappush(tasks, (5, 'write code'))
heapq.heappush(tasks, (7, 'release product'))
heapq.heappush(tasks, (1, 'write spec'))
heapq.heappush(tasks, (3, 'create tests'))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))

class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return f'Task({self.priority}, {self.name!r})'

pq = []
counter = 0
for prio, name in [(2, 'b'), (1, 'a'), (2, 'c'), (0, 'z'), (1, 'd')]:
    heapq.heappush(pq, (prio, counter, Task(prio, name)))
    counter += 1
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
objs = [Task(3, 'x'), Task(1, 'y'), Task(2, 'w'), Task(1, 'v')]
heapq.heapify(objs)
print(objs)
print(heapq.nsmallest(2, objs), heapq.nlargest(2, objs))

def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float('inf')):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                heapq.heappush(pq, (nd, nxt))
    return dist
g = {'a': [('b', 4), ('c', 1)], 'b': [('d', 1)], 'c': [('b', 2), ('d', 5)], 'd': []}
print(sorted(dijkstra(g, 'a').items()))
