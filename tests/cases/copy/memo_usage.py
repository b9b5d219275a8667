import copy

memo = {}
a = [1, 2]
b = copy.deepcopy([a, a], memo)
print(b, b[0] is b[1], id(a) in memo, memo[id(a)] is b[0])
c = copy.deepcopy(a, memo)
print(c is b[0])
sentinel = ['preset']
memo2 = {id(a): sentinel}
print(copy.deepcopy({'k': a}, memo2))
print(copy.deepcopy(5, {}), copy.deepcopy('s', None))


class Tracker:
    def __deepcopy__(self, memo):
        print('memo has', len([k for k in memo if not isinstance(memo[k], list) or memo[k] is not memo.get(id(memo))]) >= 0)
        return self


t = Tracker()
print(copy.deepcopy([t, t])[0] is t)
