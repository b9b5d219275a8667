class MinHeap:
    def __init__(self):
        self.data = []

    def push(self, item):
        d = self.data
        d.append(item)
        i = len(d) - 1
        while i and d[(i - 1) // 2] > d[i]:
            p = (i - 1) // 2
            d[i], d[p] = d[p], d[i]
            i = p

    def pop(self):
        d = self.data
        last = d.pop()
        if not d:
            return last
        top, d[0] = d[0], last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(d) and d[l] < d[m]:
                m = l
            if r < len(d) and d[r] < d[m]:
                m = r
            if m == i:
                return top
            d[i], d[m] = d[m], d[i]
            i = m

    def __len__(self):
        return len(self.data)


class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if not self.directed:
            self.adj[v].append((u, w))

    def bfs(self, start):
        seen = {start}
        queue = [start]
        order = []
        while queue:
            node = queue.pop(0)
            order.append(node)
            for nxt, _ in sorted(self.adj[node]):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return order

    def dfs(self, start, seen=None):
        if seen is None:
            seen = []
        seen.append(start)
        for nxt, _ in sorted(self.adj[start]):
            if nxt not in seen:
                self.dfs(nxt, seen)
        return seen

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        heap = MinHeap()
        heap.push((0, src))
        done = set()
        while heap:
            d, u = heap.pop()
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u]:
                nd = d + w
                if v not in dist or nd < dist[v]:
                    dist[v] = nd
                    prev[v] = u
                    heap.push((nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, float("inf")
        node, out = dst, [dst]
        while node != src:
            node = prev[node]
            out.append(node)
        return out[::-1], dist[dst]

    def components(self):
        seen, comps = set(), []
        for node in sorted(self.adj):
            if node not in seen:
                comp = self.dfs(node)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add_edge(u, v, w)
print("bfs", g.bfs("A"))
print("dfs", g.dfs("A"))
dist, _ = g.dijkstra("A")
print("dist", sorted(dist.items()))
for target in "DFY":
    print(target, *g.path("A", target))
print("components", g.components())

dg = Graph(directed=True)
for u, v in [(1, 2), (2, 3), (3, 1), (3, 4), (5, 4)]:
    dg.add_edge(u, v)
print(dg.bfs(1), dg.bfs(5), dg.path(4, 1))
