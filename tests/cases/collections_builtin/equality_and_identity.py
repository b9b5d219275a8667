a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2], {1: [2]} == {1: [2]})
print({1, 2} == frozenset({1, 2}), 1 == 1.0, 1 == True, "1" == 1)
print(float("nan") == float("nan"))
nan = float("nan")
print([nan] == [nan], nan in [nan])
print(None is None, type(None).__name__)
print(sorted([[3], [1, 2], [1]]), [2] > [1, 99])
print(min([[2, 0], [1, 5], [1, 4]]))
print(() == (), [] == [], {} == {}, set() == set(), set() == frozenset())
print([1, 2, 3].__eq__([1, 2, 3]), [1].__eq__(5))
