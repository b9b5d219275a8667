from itertools import product

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1, 2], repeat=2))[:5], len(list(product('ab', [1, 2], repeat=2))))
print(list(product()), list(product(repeat=0)), list(product('ab', repeat=0)))
print(list(product('ab', [])))
print(sum(1 for _ in product(range(4), range(5))))
print([''.join(p) for p in product('01', repeat=3)])
try:
    product('a', repeat=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    product(1)
except TypeError as e:
    print('TypeError:', e)
try:
    product('a', times=2)
except TypeError as e:
    print('TypeError:', e)
# input is consumed eagerly, output is produced lazily
it = iter([1, 2])
p = product(it, 'x')
print(list(it), next(p))
