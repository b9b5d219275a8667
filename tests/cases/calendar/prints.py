import calendar

calendar.prmonth(2024, 7)
calendar.prmonth(2024, 7, 3, 2)
calendar.prcal(2024, m=4)
calendar.prcal(2024, 1, 1, 4, 2)
calendar.prweek([(1, 0), (2, 1), (0, 2)], 3)
print("|")
calendar.TextCalendar().prweek([(30, 5), (31, 6)], 2)
print("|")
calendar.format(["x", "yy", "zzz"])
calendar.format(["a"], 3, 1)
print(repr(calendar.formatstring(["a", "b", "c"], 4, 2)), repr(calendar.formatstring([])))
print(repr(calendar.week([(1, 0), (2, 1)], 3)), repr(calendar.week([(1, 0), (0, 1)], 2)))
tc = calendar.TextCalendar()
print(repr(tc.formatday(0, 0, 5)), repr(tc.formatday(7, 0, 5)), repr(tc.formatday(31, 6, 1)))
print(repr(tc.formatweekday(2, 12)), repr(tc.formatweekday(2, 1)), repr(tc.formatweekday(2, 9)),
      repr(tc.formatweekheader(0)), repr(tc.formatweekheader(9)))
print(repr(tc.formatmonthname(2024, 1, 5)), repr(tc.formatmonthname(2024, 5, 30)),
      repr(tc.formatmonthname(2024, 5, 30, False)))
tc.pryear(2023, 2, 1, 2, 6)
