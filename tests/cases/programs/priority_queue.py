class PriorityQueue:
    """A binary min-heap written by hand, with stable ordering for equal priorities."""

    def __init__(self):
        self._heap = []
        self._counter = 0

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def push(self, priority, item):
        entry = (priority, self._counter, item)
        self._counter += 1
        self._heap.append(entry)
        self._sift_up(len(self._heap) - 1)

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        heap = self._heap
        heap[0], heap[-1] = heap[-1], heap[0]
        priority, _, item = heap.pop()
        if heap:
            self._sift_down(0)
        return priority, item

    def peek(self):
        return self._heap[0][0], self._heap[0][2]

    def _sift_up(self, i):
        heap = self._heap
        while i > 0:
            parent = (i - 1) // 2
            if heap[i] < heap[parent]:
                heap[i], heap[parent] = heap[parent], heap[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        heap = self._heap
        n = len(heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and heap[child] < heap[smallest]:
                    smallest = child
            if smallest == i:
                return
            heap[i], heap[smallest] = heap[smallest], heap[i]
            i = smallest

    def is_valid(self):
        h = self._heap
        return all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))


pq = PriorityQueue()
tasks = [(3, "write tests"), (1, "fix bug"), (4, "lunch"), (1, "review PR"), (5, "refactor"),
         (9, "vacation"), (2, "standup"), (6, "deploy"), (5, "docs"), (3, "email")]
for prio, name in tasks:
    pq.push(prio, name)
    assert pq.is_valid()
print(len(pq), pq.peek())
order = []
while pq:
    order.append(pq.pop())
for prio, name in order:
    print(prio, name)
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

# heap sort of numbers using the queue, compared against sorted()
nums = [(i * 7919) % 101 - 50 for i in range(60)]
for x in nums:
    pq.push(x, x)
out = [pq.pop()[1] for _ in range(len(pq))]
print(out == sorted(nums), out[:8], out[-5:])

# merge k sorted lists
lists = [[1, 4, 9], [2, 3, 10, 11], [], [0, 5]]
for idx, lst in enumerate(lists):
    if lst:
        pq.push(lst[0], (idx, 0))
merged = []
while pq:
    val, (li, pos) = pq.pop()
    merged.append(val)
    if pos + 1 < len(lists[li]):
        pq.push(lists[li][pos + 1], (li, pos + 1))
print(merged)
