import calendar

for year, month in ((2024, 2), (2023, 2), (2021, 2), (2024, 9), (2024, 12), (1, 1), (9999, 12), (2026, 3)):
    print(calendar.month(year, month), end="")
    print("-" * 20)
for w, l in ((0, 0), (1, 1), (3, 1), (3, 2), (4, 1), (9, 1), (10, 1), (20, 1)):
    print(repr(calendar.month(2024, 2, w, l)))
print(calendar.month(2024, 2, w=5, l=3), end="|\n")
