def grow(principal, rate, years):
    for _ in range(years):
        principal *= 1 + rate
    return principal

def cents(amount):
    return int(round(amount * 100))

for years in [10, 100, 1000]:
    value = grow(100.0, 0.05, years)
    print(years, value, cents(value))
print(cents(grow(100.0, 0.5, 2000)))
