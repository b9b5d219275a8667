from itertools import permutations, combinations, combinations_with_replacement as cwr

print(list(permutations('ABC')))
print(list(permutations(range(4), 2))[:6])
print(list(permutations('AB', 3)), list(permutations('AB', 0)), list(permutations([])))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3))[-3:])
print(list(combinations('AB', 3)), list(combinations('AB', 0)))
print(list(cwr('ABC', 2)))
print(list(cwr([], 2)), list(cwr([], 0)), list(cwr('a', 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(cwr(range(5), 3))))
print([a + b for a, b in combinations([1, 2, 3, 4], 2) if (a + b) % 2])
for f, args in [(permutations, ('ab', -1)), (permutations, ('ab', 'x')), (combinations, ('ab', -1)),
                (combinations, ('ab',)), (combinations, ('ab', 'x')), (cwr, ('ab', -2)), (cwr, ('ab',)),
                (permutations, (3,))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
