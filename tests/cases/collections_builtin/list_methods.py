items = [3, 1, 4]
items.append(1)
items.extend([5, 9])
items.insert(0, 2)
items.insert(100, 6)
items.insert(-1, 7)
print(items)
print(items.index(1), items.index(1, 3), items.count(1), items.count(42))
print(items.pop(), items.pop(0), items)
items.remove(1)
print(items)
items.reverse()
print(items)
copy = items.copy()
copy.clear()
print(items, copy)
try:
    items.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    items.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, 3 * [None], [[]] * 2)
nested = [[]] * 3
nested[0].append("shared")
print(nested)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(len([]), bool([]), bool([0]))
print(list("abc"), list(range(3)), list((1, 2)), list({1: 2}))
