MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]


class Date:
    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise ValueError(f"bad month {m}")
        if not 1 <= d <= days_in_month(y, m):
            raise ValueError(f"bad day {d} for {MONTH_NAMES[m - 1]} {y}")
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    def ordinal(self):
        y = self.y - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        days += sum(days_in_month(self.y, k) for k in range(1, self.m))
        return days + self.d

    @classmethod
    def from_ordinal(cls, n):
        y = 1
        while True:
            span = 366 if is_leap(y) else 365
            if y % 400 == 1 and n > 146097:
                n -= 146097
                y += 400
                continue
            if n <= span:
                break
            n -= span
            y += 1
        m = 1
        while n > days_in_month(y, m):
            n -= days_in_month(y, m)
            m += 1
        return cls(y, m, n)

    def weekday(self):
        return WEEKDAYS[(self.ordinal() - 1) % 7]

    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        return Date.from_ordinal(self.ordinal() - other)

    def __add__(self, days):
        return Date.from_ordinal(self.ordinal() + days)

    def __lt__(self, other):
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)

    def __str__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

    def long(self):
        return f"{self.weekday()}, {MONTH_NAMES[self.m - 1]} {self.d}, {self.y}"


pairs = [("2000-01-01", "2024-02-29"), ("1969-07-20", "2019-07-20"), ("2023-12-31", "2024-01-01"),
         ("1900-02-28", "1900-03-01"), ("2000-02-28", "2000-03-01"), ("2024-03-15", "2023-03-15")]
for a, b in pairs:
    da, db = Date.parse(a), Date.parse(b)
    print(f"{a} -> {b}: {db - da:>6} days")

for s in ["1970-01-01", "2000-01-01", "2024-02-29", "1776-07-04", "0001-01-01"]:
    print(Date.parse(s).long())

d = Date(2024, 1, 31)
for n in [1, 29, 30, 365, 366, 1000, -31, -366]:
    print(d, "+", n, "=", d + n)
print(Date(2024, 3, 1) - 1, Date(2023, 3, 1) - 1)
print([str(x) for x in sorted([Date(2020, 5, 1), Date(2019, 12, 31), Date(2020, 1, 15)])])
print(sum(is_leap(y) for y in range(1900, 2101)))
for bad in ["2023-02-29", "2024-13-01", "2024-04-31"]:
    try:
        Date.parse(bad)
    except ValueError as e:
        print("ValueError:", e)
