from datetime import date

for text in ("2020-01-01", "20200101", "2020-W01", "2020W01", "2020-W01-3", "2020W013",
             "2020-W53-7", "2015-W53-1", "0001-01-01", "9999-12-31", "2024-02-29", "20200101é",
             "2020-12-31", "1999W527"):
    print(text, repr(date.fromisoformat(text)))
for text in ("2021-W53-3", "2020-W00-3", "2020-W01-0", "2020-W01-8", "0000-01-01", "0000-W01-1",
             "2020-001", "2020001", "2020-13-01", "2020-02-30", "2020-01-01T00", "2020-1-1",
             "２０２０-01-01", "2020-01-0é", "", "2020", "2020-01", "2020/01/01", "2020-0101",
             "202001-01", "2020-W0101", "2020W01-1", " 2020-01-01", "2020-01-01 ", "+2020-01-01"):
    try:
        print(text, repr(date.fromisoformat(text)))
    except ValueError as exc:
        print(repr(text), "ValueError:", exc)
for bad in (b"2020-01-01", 20200101, None):
    try:
        date.fromisoformat(bad)
    except TypeError as exc:
        print("TypeError:", exc)
print(date.fromisoformat(date(2024, 7, 1).isoformat()) == date(2024, 7, 1))
