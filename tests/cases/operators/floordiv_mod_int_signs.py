pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>3}   divmod={divmod(a, b)}   check={q * b + r == a}")
big = 10 ** 20 + 7
print(big // 3, big % 3, -big // 3, -big % 3)
print(big // -(10 ** 10), big % -(10 ** 10))
print(True // 2, True % 2, -True // 2)
