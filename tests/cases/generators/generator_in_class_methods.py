class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def walk_depth(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk_depth(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"), Tree("c", Tree("c1", Tree("c1x"))))
print(list(t))
for depth, value in t.walk_depth():
    print("  " * depth + value)
print(list(t.leaves()))
print("c1x" in t, "zz" in t, len(list(t)))
print(max(t), sorted(t, reverse=True)[:3])
