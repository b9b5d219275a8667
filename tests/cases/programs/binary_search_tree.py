class BST:
    class _Node:
        __slots__ = ("key", "val", "left", "right")

        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def __len__(self):
        return self.size

    def __setitem__(self, key, val):
        if self.root is None:
            self.root = self._Node(key, val)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.val = val
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key, val))
                self.size += 1
                return
            node = child

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def __delitem__(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)
        self.size -= 1

    def height(self, node=0):
        if node == 0:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        return [k for k in self if lo <= k < hi]


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
print(len(t), list(t), t.height())
print(t[40], 45 in t, 46 in t, t.range(33, 66))
t[40] = "forty"
print(t[40], len(t))
for k in [20, 30, 50, 99]:
    try:
        del t[k]
        print("deleted", k, list(t), "root", t.root.key)
    except KeyError as e:
        print("KeyError", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print([(w, words[w]) for w in words], words.height())
degenerate = BST()
for i in range(30):
    degenerate[i] = i
print(degenerate.height(), sum(degenerate), BST().height(), list(BST()))
