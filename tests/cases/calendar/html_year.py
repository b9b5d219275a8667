import calendar

html = calendar.HTMLCalendar()
print(html.formatyear(2024))
print(html.formatyear(2023, 4)[-400:])
print(html.formatyear(2023, 0)[:300])
page = html.formatyearpage(2024, 2, css=None, encoding="ascii")
print(type(page).__name__, len(page))
print(page.decode("ascii")[:700])
page = html.formatyearpage(2025)
print(page[:420])
print(page[-80:])
