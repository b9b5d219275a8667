from datetime import datetime, timedelta, timezone

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
pst = timezone(timedelta(hours=-8), "PST")
a = datetime(2024, 5, 1, 12, 0, tzinfo=utc)
b = datetime(2024, 5, 1, 17, 30, tzinfo=ist)
c = datetime(2024, 5, 1, 4, 0, tzinfo=pst)
naive = datetime(2024, 5, 1, 12, 0)
print(a == b == c, a - b, b - c, repr(c - a), hash(a) == hash(b) == hash(c))
print(sorted([c + timedelta(minutes=1), b, a - timedelta(minutes=1)]))
print(len({a, b, c}), {a: 1}[b])
# same tzinfo object: plain wall-clock difference
print(datetime(2024, 5, 2, tzinfo=ist) - datetime(2024, 5, 1, tzinfo=ist))
print(a == naive, a != naive, naive == a)
for expr in ("a - naive", "naive - a", "a < naive", "naive >= a", "a > 5", "a < None"):
    try:
        print(expr, eval(expr))
    except TypeError as exc:
        print(expr, "TypeError:", exc)
print(a.astimezone(ist), a.astimezone(pst), b.astimezone(utc), c.astimezone(ist))
print(repr(a.astimezone(utc)), a.astimezone(utc) is a)
print(b.utcoffset(), c.utcoffset(), b.tzname(), c.tzname(), b.dst())
print((b + timedelta(days=200)).isoformat(), (c - timedelta(days=200)).isoformat())
# meetings in different zones sorted by instant
meetings = [("standup", datetime(2024, 5, 2, 9, 15, tzinfo=pst)),
            ("review", datetime(2024, 5, 2, 21, 0, tzinfo=ist)),
            ("sync", datetime(2024, 5, 2, 16, 0, tzinfo=utc))]
for name, when in sorted(meetings, key=lambda m: m[1]):
    print("%-8s %s  (UTC %s)" % (name, when.strftime("%a %H:%M %Z"), when.astimezone(utc).strftime("%H:%M")))
for bad in (5, "UTC"):
    try:
        a.astimezone(bad)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    a.astimezone(utc, utc)
except TypeError as exc:
    print("TypeError:", exc)
