from operator import itemgetter

rows = [('apple', 3, 1.5), ('pear', 1, 0.5), ('fig', 2, 2.25)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(2, 0)))
print(list(map(itemgetter(0), rows)))
print(itemgetter(1)('abc'), itemgetter(-1)([1, 2, 3]), itemgetter(slice(1, None))('hello'))
print(itemgetter('a', 'b')({'a': 1, 'b': 2, 'c': 3}))
print(itemgetter(0, 0, 1)('xy'))
print(itemgetter(1), itemgetter('key', 2), itemgetter(slice(None, 2)), itemgetter((1, 2)))
inventory = {'apple': 3, 'banana': 2, 'cherry': 5}
print(max(inventory.items(), key=itemgetter(1)))
for args in [(), ]:
    try:
        itemgetter(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print('IndexError:', e)
try:
    itemgetter('z')({})
except KeyError as e:
    print('KeyError:', e)
try:
    itemgetter(0)(1)
except TypeError as e:
    print('TypeError:', e)
try:
    itemgetter(0)([1], [2])
except TypeError as e:
    print('TypeError:', e)
