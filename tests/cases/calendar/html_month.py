import calendar

html = calendar.HTMLCalendar()
print(html.formatmonth(2024, 2))
print(html.formatmonth(2024, 9, withyear=False))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatmonth(2025, 6))
print(html.formatday(0, 2), html.formatday(17, 4), html.formatweekday(6))
print(html.formatweekheader())
print(html.formatmonthname(2024, 3), html.formatmonthname(2024, 3, withyear=False))
print(html.formatweek([(0, 0), (1, 1), (2, 2)]))
print(html.cssclasses, html.cssclass_noday, html.cssclasses_weekday_head, html.cssclass_month_head,
      html.cssclass_month, html.cssclass_year, html.cssclass_year_head)


class EventCalendar(calendar.HTMLCalendar):
    cssclasses = ["weekday"] * 5 + ["weekend"] * 2
    cssclass_noday = "blank"
    cssclass_month = "events"

    def __init__(self, events):
        super().__init__(calendar.SUNDAY)
        self.events = events

    def formatday(self, day, weekday):
        cell = super().formatday(day, weekday)
        if day in self.events:
            return cell.replace("</td>", "<br/><em>%s</em></td>" % self.events[day])
        return cell


print(EventCalendar({14: "Valentine's", 29: "Leap day"}).formatmonth(2024, 2))
