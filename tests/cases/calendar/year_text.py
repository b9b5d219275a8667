import calendar

print(calendar.calendar(2024))
print(calendar.calendar(2023), end="")
print(calendar.calendar(1))
print(calendar.calendar(1900, 3, 1, 2, 4))
