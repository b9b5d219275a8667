import copy

l = [1, 2]
l.append(l)
m = copy.deepcopy(l)
print(m[2] is m, m is not l, m[:2])
d = {'name': 'root'}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e, e is not d, e['name'])
shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is not shared)
x = [1]
t = (x, x)
tc = copy.deepcopy(t)
print(tc[0] is tc[1], tc[0] is not x)
outer = [None]
tup = (outer,)
outer[0] = tup
res = copy.deepcopy(tup)
print(res[0][0] is res, type(res).__name__)


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node('root')
kid = root.add(Node('kid'))
kid.add(Node('grandkid'))
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0].children[0].parent is clone.children[0])
print(clone.children[0].value, clone is not root, clone.children[0] is not kid)
