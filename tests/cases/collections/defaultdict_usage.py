from collections import defaultdict

s = [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]
d = defaultdict(list)
for k, v in s:
    d[k].append(v)
print(d)
print(sorted(d.items()))
print(d.default_factory, isinstance(d, dict), type(d))

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts)
print(counts['z'], 'z' in counts, counts.get('q'), 'q' in counts)

nd = defaultdict()
print(nd, nd.default_factory)
try:
    nd['missing']
except KeyError as e:
    print('KeyError', e)

const = defaultdict(lambda: '<missing>')
const.update(name='John', action='ran')
print('%(name)s %(action)s to %(object)s' % const)

tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(dict(t['a']['b']), list(t['a']))

dd = defaultdict(set, {'a': {1}})
dd['b'].add(2)
c = dd.copy()
c['c'].add(3)
print(dd, c, type(c).__name__, c.default_factory)
print(dd == {'a': {1}, 'b': {2}})
m = defaultdict(int, a=1) | {'b': 2}
print(m, type(m).__name__)
m2 = {'z': 0} | defaultdict(int, a=1)
print(m2, type(m2).__name__)
m |= {'c': 3}
print(m)
try:
    defaultdict(5)
except TypeError as e:
    print(e)

class Grouper(defaultdict):
    def __init__(self):
        super().__init__(list)
g = Grouper()
g['x'].append(1)
print(g, g.__missing__('y'), g)
print(d.pop('red'), d.setdefault('new', []), sorted(d))
