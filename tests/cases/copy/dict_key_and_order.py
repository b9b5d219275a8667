import copy


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n

    def __repr__(self):
        return f'Key({self.n})'


d = {Key(2): 'b', Key(1): 'a', 'plain': [1]}
d2 = copy.deepcopy(d)
print(d2, list(d2) == list(d), [k for k in d2 if isinstance(k, Key) and any(k is j for j in d)])
od = dict.fromkeys('zyx', 0)
print(list(copy.copy(od)), list(copy.deepcopy(od)))
s = {Key(1), Key(2)}
s2 = copy.deepcopy(s)
print(sorted(s2, key=lambda k: k.n), all(a is not b for a in s for b in s2))
