from datetime import datetime

cases = [
    ("Mon 2020 01", "%a %Y %W"), ("Mon 2020 00", "%a %Y %W"), ("Sun 2020 00", "%a %Y %U"),
    ("Sun 2020 53", "%a %Y %U"), ("2020 53", "%Y %U"), ("mon 01", "%a %W"), ("mon 01", "%a %U"),
    ("mon 2020 01 3", "%a %Y %U %j"), ("0 2020 00", "%w %Y %U"), ("0 2020 00", "%w %Y %W"),
    ("6 2019 00", "%w %Y %U"), ("6 2018 00", "%w %Y %W"), ("1 2018 00", "%w %Y %W"), ("1 0001 00", "%w %Y %W"),
    ("1 0001 00", "%w %Y %U"), ("1 9999 53", "%w %Y %U"), ("2020-W01-1", "%G-W%V-%u"), ("2020-W53-7", "%G-W%V-%u"),
    ("2021 W53 1", "%G W%V %u"), ("9999 W52 7", "%G W%V %u"), ("0001 W01 1", "%G W%V %u"),
    ("2020 01 mon", "%G %V %a"), ("46 2020 mon", "%V %G %a"), ("2005 1 46", "%G %w %V"),
    ("2020-W01", "%G-W%V"), ("2020-W01-1", "%Y-W%V-%u"), ("2020-1", "%G-%u"), ("2020-1 5", "%G-%u %j"),
    ("2020-W01-1 5", "%G-W%V-%u %j"), ("01", "%V"), ("01 mon", "%V %a"), ("2020 2020 01 1", "%Y %G %V %u"),
    ("2020 01 5", "%G %V %j"), ("01 5", "%V %j"), ("2020", "%G"), ("2020 01", "%Y %V"), ("45 46", "%W %V"),
    ("46 45 mon", "%V %U %a"), ("46 5 mon", "%V %j %a"),
]
for data, fmt in cases:
    try:
        print(repr(data), repr(fmt), repr(datetime.strptime(data, fmt)))
    except ValueError as exc:
        print(repr(data), repr(fmt), "ValueError:", exc)
# round trip of week-based formats over two years
from datetime import date, timedelta
day = date(2019, 12, 20)
mismatches = 0
while day < date(2022, 1, 10):
    for fmt in ("%G-W%V-%u", "%Y-%U-%w", "%Y-%W-%a", "%Y-%j"):
        text = day.strftime(fmt)
        if datetime.strptime(text, fmt).date() != day:
            mismatches += 1
    day += timedelta(days=1)
print("round-trip mismatches:", mismatches)
