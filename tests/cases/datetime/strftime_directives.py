from datetime import date, datetime, time

directives = "aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYzZf%"
moments = [datetime(2024, 1, 1, 0, 0, 0), datetime(2024, 2, 29, 12, 5, 9, 42),
           datetime(2023, 12, 31, 23, 59, 59, 999999), datetime(2021, 1, 3, 13, 0),
           datetime(1, 1, 1), datetime(999, 7, 4, 9, 8, 7), datetime(9999, 12, 31, 23, 59, 59),
           datetime(2005, 1, 2, 6, 30), datetime(2010, 1, 3, 12, 0)]
for dt in moments:
    print(dt.isoformat())
    for d in directives:
        print("  %%%s=%r" % (d, dt.strftime("%" + d)), end="")
    print()
print(date(2024, 3, 9).strftime("%a %A %b %B %d %j %U %W %V %G %u %w %H:%M:%S %p"))
print(time(15, 4, 5, 6).strftime("%Y-%m-%d %H:%M:%S.%f %I%p %a %j %c"))
# literal text, percent escapes and unknown directives
print(repr(datetime(2020, 1, 2).strftime("Today is %A, the %dth of %B. 100%% sure. %Q %E %O %i %")))
print(repr(datetime(2020, 1, 2).strftime("")), repr(datetime(2020, 1, 2).strftime("no directives")))
print(repr(datetime(2020, 1, 2).strftime("abc\x00def")), repr(datetime(2020, 1, 2).strftime("%%%")))
print(repr(datetime(2020, 1, 2).strftime("é%Aé ü%bü 日%d")))
