"""Age and anniversary report for a small team, as of a fixed reference date."""
from datetime import date, timedelta

TODAY = date(2024, 3, 15)

people = [
    ("Ada", "1815-12-10"),
    ("Grace", "1906-12-09"),
    ("Linus", "1969-12-28"),
    ("Leap Year Lee", "2000-02-29"),
    ("Newborn", "2024-03-01"),
    ("Margaret", "1936-08-17"),
    ("Tim", "1955-06-08"),
    ("March Baby", "1990-03-15"),
]


def age_on(born, day):
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def next_birthday(born, day):
    year = day.year
    while True:
        try:
            candidate = born.replace(year=year)
        except ValueError:
            # 29 February: celebrate on 1 March in common years
            candidate = date(year, 3, 1)
        if candidate >= day:
            return candidate
        year += 1


def describe(delta):
    weeks, days = divmod(delta.days, 7)
    parts = []
    if weeks:
        parts.append("%d week%s" % (weeks, "" if weeks == 1 else "s"))
    if days or not parts:
        parts.append("%d day%s" % (days, "" if days == 1 else "s"))
    return " ".join(parts)


rows = []
for name, text in people:
    born = date.fromisoformat(text)
    upcoming = next_birthday(born, TODAY)
    rows.append((name, born, age_on(born, TODAY), upcoming, upcoming - TODAY))

print("Report for %s (week %d of %d)" % (TODAY.strftime("%A %d %B %Y"), TODAY.isocalendar()[1], TODAY.year))
print("%-14s %-11s %4s  %-16s %s" % ("name", "born", "age", "next birthday", "wait"))
for name, born, age, upcoming, wait in sorted(rows, key=lambda r: r[4]):
    print("%-14s %-11s %4d  %-16s %s" % (name, born.isoformat(), age, upcoming.strftime("%a %d %b %Y"),
                                         "today!" if not wait else describe(wait)))
ages = [r[2] for r in rows]
print("average age: %.2f" % (sum(ages) / len(ages)))
oldest = min(rows, key=lambda r: r[1])
print("oldest: %s, born on a %s, %d days ago" % (oldest[0], oldest[1].strftime("%A"), (TODAY - oldest[1]).days))
born_weekdays = {}
for _, born, _, _, _ in rows:
    born_weekdays.setdefault(born.strftime("%A"), []).append(born.year)
for weekday in sorted(born_weekdays):
    print(weekday, born_weekdays[weekday])
milestone = date(1969, 12, 28) + timedelta(days=20000)
print("Linus turns 20000 days old on", milestone, "(%s)" % milestone.strftime("%A"))
