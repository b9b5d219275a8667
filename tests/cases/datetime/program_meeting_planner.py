"""Find meeting slots inside everybody's working hours across fixed-offset time zones."""
from datetime import datetime, time, timedelta, timezone

TEAM = {
    "Berlin": (timezone(timedelta(hours=2), "CEST"), time(9), time(17, 30)),
    "New York": (timezone(timedelta(hours=-4), "EDT"), time(8, 30), time(17)),
    "Bangalore": (timezone(timedelta(hours=5, minutes=30), "IST"), time(10), time(19)),
    "Auckland": (timezone(timedelta(hours=12), "NZST"), time(7), time(15)),
}
DAY = datetime(2024, 6, 12, tzinfo=timezone.utc)
SLOT = timedelta(minutes=30)


def available(moment):
    for tz, start, end in TEAM.values():
        local = moment.astimezone(tz)
        if not (start <= local.time() and (local + SLOT).time() <= end and (local + SLOT).date() == local.date()):
            return False
    return True


def who_is_free(moment):
    names = []
    for name, (tz, start, end) in TEAM.items():
        local = moment.astimezone(tz)
        if start <= local.time() < end:
            names.append(name)
    return names


print("All-hands slots on", DAY.date(), "(UTC):")
found = []
moment = DAY - timedelta(hours=12)
while moment < DAY + timedelta(hours=36):
    if available(moment):
        found.append(moment)
    moment += SLOT
print("  none" if not found else found)

print("Best partial overlaps:")
scores = []
moment = DAY
while moment < DAY + timedelta(days=1):
    scores.append((len(who_is_free(moment)), moment))
    moment += SLOT
best = max(score for score, _ in scores)
for score, moment in scores:
    if score == best:
        row = ["%s %s" % (name, moment.astimezone(tz).strftime("%a %H:%M %Z"))
               for name, (tz, _, _) in TEAM.items()]
        print("  %s UTC (%d free): %s" % (moment.strftime("%H:%M"), score, "; ".join(row)))

proposal = datetime.strptime("2024-06-12 14:00 +0000", "%Y-%m-%d %H:%M %z")
print("Proposal", proposal.isoformat())
for name, (tz, start, end) in sorted(TEAM.items()):
    local = proposal.astimezone(tz)
    status = "ok" if start <= local.time() < end else "outside hours"
    print("  %-9s %s %s (%s)" % (name, local.strftime("%Y-%m-%d %H:%M"), local.tzname(), status))
