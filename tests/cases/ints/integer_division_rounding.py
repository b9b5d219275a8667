def ceil_div(a, b):
    return -(-a // b)
def round_half_even_div(a, b):
    q, r = divmod(a, b)
    twice = 2 * r
    if twice > b or (twice == b and q % 2 == 1):
        q += 1
    return q
for a, b in [(7, 2), (5, 2), (-7, 2), (10, 3), (2 ** 64 + 1, 2), (10 ** 20, 7)]:
    print(a, b, a // b, ceil_div(a, b), round_half_even_div(a, b), int(a / b) if a < 2 ** 53 else "big")
print(10 ** 30 // 7, 10 ** 30 / 7)
print(int(10 ** 30 / 7) == 10 ** 30 // 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
