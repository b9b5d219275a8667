import calendar


class ShortCalendar(calendar.TextCalendar):
    """Single-letter weekday headers and upper-case month names."""

    def formatweekday(self, day, width):
        return calendar.day_name[day][0].center(width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        name = calendar.month_name[themonth].upper()
        if withyear:
            name += " '%02d" % (theyear % 100)
        return name.center(width)


short = ShortCalendar(calendar.SUNDAY)
print(short.formatmonth(2024, 4))
print(short.formatyear(2024, 2, 1, 3, 4))
print(short.formatweekheader(3))
loc = calendar.LocaleTextCalendar(locale="C")
print(loc.formatmonth(2024, 4) == calendar.TextCalendar().formatmonth(2024, 4))
print(loc.formatweekday(0, 9), loc.formatmonthname(2024, 4, 20))
hloc = calendar.LocaleHTMLCalendar(locale="C")
print(hloc.formatmonthname(2024, 4), hloc.formatweekday(3))
