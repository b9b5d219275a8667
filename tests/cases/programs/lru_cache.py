class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        if len(self.map) > self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            return lru.key
        return None

    def keys(self):
        out = []
        node = self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __repr__(self):
        return f"LRUCache({self.capacity}, {self.keys()})"


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache)
print(cache.get("a"), cache)
print("evicted:", cache.put("d", "D"), cache)
print(cache.get("b"), cache.get("b", "?"), "b" in cache, "c" in cache)
cache.put("c", "cc")
print(cache, len(cache), cache.get("c"))
print("evicted:", cache.put("e", 5), "evicted:", cache.put("f", 6))
print(cache, f"hits={cache.hits} misses={cache.misses}")


def memoize(capacity):
    def deco(fn):
        c = LRUCache(capacity)

        def wrapper(n):
            hit = c.get(n, wrapper)
            if hit is not wrapper:
                return hit
            result = fn(n)
            c.put(n, result)
            return result
        wrapper.cache = c
        return wrapper
    return deco


@memoize(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), fib.cache.hits, fib.cache.misses)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
