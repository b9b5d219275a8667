from datetime import date, datetime, time, timedelta, timezone

plus2 = timezone(timedelta(hours=2))
items = [date(2024, 1, 1), date(2024, 1, 1), datetime(2024, 1, 1), datetime(2024, 1, 1, tzinfo=timezone.utc),
         datetime(2024, 1, 1, 2, tzinfo=plus2), datetime(2024, 1, 1, fold=1), time(12), time(12, fold=1),
         time(13, tzinfo=plus2), time(11, tzinfo=timezone.utc), timedelta(0), timedelta(hours=24),
         timedelta(days=1), timezone.utc, timezone(timedelta(0), "Z"), plus2]
unique = []
for item in items:
    if item not in unique:
        unique.append(item)
print(len(unique))
for item in unique:
    print(repr(item))
for a in items:
    for b in items:
        if a == b:
            assert hash(a) == hash(b), (a, b)
print("hash consistent with equality")
seen = set(items)
print(len(seen), datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))) in seen, time(14, tzinfo=timezone(timedelta(hours=3))) in seen)
index = {}
for hour in range(0, 48, 5):
    moment = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(hours=hour)
    index.setdefault(moment.date(), []).append(moment.hour)
for key in sorted(index):
    print(key, index[key])
