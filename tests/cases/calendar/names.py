import calendar

print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name))
print(list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.month_abbr), len(calendar.day_name), len(calendar.day_abbr))
print(calendar.month_name[0] == "", calendar.month_name[-1], calendar.day_name[-7], calendar.day_abbr[6])
print(calendar.month_name[1:4], calendar.month_abbr[::3], calendar.day_name[5:], calendar.day_abbr[::-1])
print(type(calendar.month_name).__name__, type(calendar.day_name).__name__)
for bad in (13, 7, -14):
    for seq in (calendar.month_name, calendar.day_name):
        try:
            seq[bad]
        except IndexError as exc:
            print("IndexError:", exc)
print([name[:2] for name in calendar.day_name], "|".join(calendar.month_abbr[1:]))
print(dict(zip(calendar.month_abbr[1:], range(1, 13)))["Sep"])
