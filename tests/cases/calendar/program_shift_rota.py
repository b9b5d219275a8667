"""Assign a rotating on-call rota over a quarter and print it per month."""
import calendar

STAFF = ["Ana", "Bo", "Chen", "Dev"]
cal = calendar.Calendar(calendar.MONDAY)
assignments = {}
index = 0
for month in (1, 2, 3):
    for day in cal.itermonthdates(2025, month):
        if day.month != month or day in assignments:
            continue
        if day.weekday() == calendar.MONDAY:
            index += 1
        assignments[day] = STAFF[index % len(STAFF)]

for month in (1, 2, 3):
    print(calendar.month_name[month], 2025)
    print("  " + "  ".join("%-4s" % name for name in calendar.day_abbr))
    for week in cal.monthdatescalendar(2025, month):
        cells = []
        for day in week:
            cells.append("%-4s" % (assignments[day][:4] if day.month == month else ""))
        print("  " + "  ".join(cells).rstrip())
tally = {}
for day, name in assignments.items():
    key = (name, "weekend" if day.weekday() >= 5 else "weekday")
    tally[key] = tally.get(key, 0) + 1
for key in sorted(tally):
    print(key, tally[key])
print("first:", min(assignments), assignments[min(assignments)], "last:", max(assignments), assignments[max(assignments)])
