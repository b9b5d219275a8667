nums = [17, -17, 5, -5, 0, 2 ** 65 + 3, -(2 ** 65) - 3]
divs = [3, -3, 7, -7, 2 ** 33, -(2 ** 33)]
bad = 0
for a in nums:
    for b in divs:
        q, r = divmod(a, b)
        if q != a // b or r != a % b or q * b + r != a:
            bad += 1
        if r and (r < 0) != (b < 0):
            bad += 1
        if abs(r) >= abs(b):
            bad += 1
print("inconsistencies:", bad)
for a in [17, -17]:
    for b in [3, -3]:
        print(a, b, divmod(a, b))
print(divmod(2 ** 65 + 3, 2 ** 33), divmod(-(2 ** 65) - 3, 2 ** 33))
print(divmod(-1, 2 ** 100))
for a in [5.5, -5.5]:
    for b in [2.0, -2.0]:
        print(a, b, divmod(a, b))
