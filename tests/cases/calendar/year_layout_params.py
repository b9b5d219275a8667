import calendar

tc = calendar.TextCalendar()
for w, l, c, m in ((2, 1, 6, 1), (2, 1, 6, 2), (2, 1, 1, 4), (3, 2, 1, 4), (2, 1, 6, 5), (2, 1, 3, 6),
                   (2, 1, 2, 12), (1, 0, 0, 3), (5, 1, 10, 2), (9, 1, 2, 2)):
    text = tc.formatyear(2025, w, l, c, m)
    lines = text.split("\n")
    print("w=%d l=%d c=%d m=%d: %d lines, widest %d" % (w, l, c, m, len(lines), max(len(x) for x in lines)))
    print(text)
print(repr(calendar.calendar(2024, w=3, l=2, c=1, m=4)[:400]))
