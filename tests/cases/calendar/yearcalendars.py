import calendar

cal = calendar.Calendar()
rows = cal.yeardatescalendar(2024)
print(len(rows), [len(r) for r in rows], [len(m) for r in rows for m in r])
print(rows[0][0][0], rows[-1][-1][-1])
rows = cal.yeardays2calendar(2024, 5)
print(len(rows), [len(r) for r in rows], rows[2][1][0])
rows = cal.yeardayscalendar(2024, 4)
print(len(rows), rows[0][1])
for width in (1, 2, 3, 4, 6, 12, 13):
    print(width, [len(r) for r in cal.yeardayscalendar(2023, width)])
print(calendar.Calendar(6).yeardayscalendar(2023, 6)[1][5])
