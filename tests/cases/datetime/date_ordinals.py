from datetime import date

# toordinal/fromordinal round trips across the whole supported range
checks = 0
ordinal = 1
while ordinal <= 3652059:
    d = date.fromordinal(ordinal)
    assert d.toordinal() == ordinal, ordinal
    checks += 1
    ordinal += 997
print("checked", checks)
for n in (1, 2, 365, 366, 1461, 36524, 36525, 146097, 146098, 719163, 730120, 738000, 3652059):
    d = date.fromordinal(n)
    print(n, d, d.toordinal(), d.weekday())
# every day around century boundaries
for year in (1700, 1800, 1900, 2000, 2100, 2400):
    first = date(year, 2, 27).toordinal()
    print(year, [date.fromordinal(first + i).isoformat() for i in range(4)])
