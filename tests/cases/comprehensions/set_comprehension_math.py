multiples_3 = {n for n in range(1, 31) if n % 3 == 0}
multiples_5 = {n for n in range(1, 31) if n % 5 == 0}
print(sorted(multiples_3 & multiples_5))
print(sorted(multiples_3 | multiples_5))
print(len(multiples_3 ^ multiples_5))
squares_mod = {n * n % 10 for n in range(100)}
print(squares_mod)
print({a * b for a in range(1, 4) for b in range(1, 4)})
print({x for x in range(10)} - {x for x in range(0, 10, 2)})
print({abs(a - b) for a in [1, 5, 9] for b in [2, 6]})
digits = {int(d) for d in str(2 ** 50)}
print(digits, len(str(2 ** 50)))
