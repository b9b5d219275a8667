def luhn_valid(number):
    digits = [int(d) for d in str(number)]
    odd = digits[-1::-2]
    even = digits[-2::-2]
    total = sum(odd)
    for d in even:
        total += sum(divmod(d * 2, 10))
    return total % 10 == 0
def luhn_check_digit(partial):
    for d in range(10):
        if luhn_valid(partial * 10 + d):
            return d
for n in [79927398713, 79927398710, 4539578763621486, 4539578763621487, 1234567812345670, 0]:
    print(n, luhn_valid(n))
for p in [7992739871, 453957876362148, 123456781234567]:
    print(p, "->", luhn_check_digit(p))
def isbn10(digits):
    total = sum((10 - i) * int(d) for i, d in enumerate(digits[:9]))
    check = (11 - total % 11) % 11
    return digits[:9] + ("X" if check == 10 else str(check))
print(isbn10("030640615"), isbn10("080442957"), isbn10("999999999"))
def digital_root(n):
    while n >= 10:
        n = sum(int(c) for c in str(n))
    return n
print([digital_root(x) for x in [0, 9, 38, 123456789, 2 ** 100]])
