import copy


class Resource:
    def __init__(self, name, handle):
        self.name = name
        self.handle = handle

    def __copy__(self):
        print('__copy__ called')
        return Resource(self.name + '-copy', self.handle)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called with', type(memo).__name__)
        return Resource(copy.deepcopy(self.name, memo), None)


r = Resource('db', object())
c = copy.copy(r)
print(c.name, c.handle is r.handle)
d = copy.deepcopy(r)
print(d.name, d.handle)
box = [r, r]
boxed = copy.deepcopy(box)
print(boxed[0] is boxed[1], boxed[0].name)


class Tree:
    def __init__(self, label, kids=()):
        self.label = label
        self.kids = list(kids)

    def __deepcopy__(self, memo):
        new = Tree(self.label)
        memo[id(self)] = new
        new.kids = copy.deepcopy(self.kids, memo)
        return new


t = Tree('a', [Tree('b'), Tree('c')])
t.kids.append(t)
tc = copy.deepcopy(t)
print(tc.kids[2] is tc, [k.label for k in tc.kids[:2]], tc.kids[0] is not t.kids[0])
