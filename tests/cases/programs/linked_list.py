class LinkedList:
    class Node:
        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push_front(v)

    def push_front(self, value):
        self.head = self.Node(value, self.head)
        self._len += 1

    def append(self, value):
        node = self.Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1

    def __len__(self):
        return self._len

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __getitem__(self, index):
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("linked list index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[2])
ll.append(9)
ll.push_front(0)
print(ll, len(ll))
ll.remove(1)
print(ll, 1 in ll, 7 in ll)
ll.reverse()
print(ll, sum(ll), max(ll), sorted(ll))
for bad in (lambda: ll[10], lambda: ll.remove(42), lambda: LinkedList()[0]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
empty = LinkedList()
empty.reverse()
print(empty, len(empty), list(empty), bool(empty), bool(ll))
print(LinkedList("ab") + LinkedList("cd"), LinkedList([1, 2]) == LinkedList((1, 2)))
words = LinkedList(["x", "y"])
a, b = words
print(a, b, list(enumerate(words)), [v * 2 for v in words])
