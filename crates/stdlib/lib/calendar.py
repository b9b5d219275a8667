"""Calendar printing functions.

Note when comparing these calendars to the ones printed by cal(1): by default these calendars
have Monday as the first day of the week, and Sunday as the last (the European convention).
Use setfirstweekday() to set the first day of the week (0=Monday, 6=Sunday).

Calendar computes the layout of months and years; TextCalendar and HTMLCalendar render it.
The module-level functions (month, calendar, prmonth, prcal, monthcalendar, ...) use a shared
TextCalendar whose first weekday is set by setfirstweekday().
"""

import sys
import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

# Exception raised for bad input (with string parameter for details)
error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


# Constants for months referenced later
January = 1
February = 2

# Number of days per month (except for February in leap years)
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _localized_month:
    """Month names (index 1-12, index 0 is ''), as date.strftime() spells them."""

    _months = [datetime.date(2001, i + 1, 1).strftime for i in range(12)]
    _months.insert(0, lambda format: "")

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        funcs = self._months[i]
        if isinstance(i, slice):
            return [f(self.format) for f in funcs]
        return funcs(self.format)

    def __len__(self):
        return 13


class _localized_day:
    """Weekday names (0 is Monday), as date.strftime() spells them."""

    # January 1, 2001, was a Monday.
    _days = [datetime.date(2001, 1, i + 1).strftime for i in range(7)]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        funcs = self._days[i]
        if isinstance(i, slice):
            return [f(self.format) for f in funcs]
        return funcs(self.format)

    def __len__(self):
        return 7


# Full and abbreviated names of weekdays
day_name = _localized_day('%A')
day_abbr = _localized_day('%a')

# Full and abbreviated names of months (1-based arrays!!!)
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')

# Constants for weekdays
(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY) = range(7)


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2).
       Assume y1 <= y2."""
    a = y1 - 1
    b = y2 - 1
    return (b // 4 - a // 4) - (b // 100 - a // 100) + (b // 400 - a // 400)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # the Gregorian calendar repeats every 400 years
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """Return weekday (0-6 ~ Mon-Sun) and number of days (28-31) for
       year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    length = mdays[month]
    if month == February and isleap(year):
        length += 1
    return first, length


def _monthlen(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


class Calendar(object):
    """
    Base calendar class. This class doesn't do any formatting. It simply
    provides data to subclasses.
    """

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday   # 0 = Monday, 6 = Sunday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """
        Return an iterator for one week of weekday numbers starting with the
        configured first one.
        """
        start = self.firstweekday
        for i in range(start, start + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        """
        Return an iterator for one month. The iterator will yield datetime.date
        values and will always iterate through complete weeks, so it will yield
        dates outside the specified month.
        """
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """
        Like itermonthdates(), but will yield day numbers. For days outside
        the specified month the day number is 0.
        """
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        for _ in range(before):
            yield 0
        for day in range(1, length + 1):
            yield day
        after = (self.firstweekday - first - length) % 7
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        """
        Like itermonthdates(), but will yield (day number, weekday number)
        tuples. For days outside the specified month the day number is 0.
        """
        wd = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        """
        Like itermonthdates(), but will yield (year, month, day) tuples.  Can be
        used for dates outside of datetime.date range.
        """
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - length) % 7
        prev_year, prev_month = _prevmonth(year, month)
        prev_length = _monthlen(prev_year, prev_month)
        for day in range(prev_length - before + 1, prev_length + 1):
            yield prev_year, prev_month, day
        for day in range(1, length + 1):
            yield year, month, day
        next_year, next_month = _nextmonth(year, month)
        for day in range(1, after + 1):
            yield next_year, next_month, day

    def itermonthdays4(self, year, month):
        """
        Like itermonthdates(), but will yield (year, month, day, day_of_week) tuples.
        Can be used for dates outside of datetime.date range.
        """
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd % 7
            wd += 1

    def monthdatescalendar(self, year, month):
        """
        Return a matrix (list of lists) representing a month's calendar.
        Each row represents a week; week entries are datetime.date values.
        """
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """
        Return a matrix representing a month's calendar.
        Each row represents a week; week entries are
        (day number, weekday number) tuples. Day numbers outside this month
        are zero.
        """
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """
        Return a matrix representing a month's calendar.
        Each row represents a week; days outside this month are zero.
        """
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting. The return
        value is a list of month rows. Each month row contains up to width months.
        Each month contains between 4 and 6 weeks and each week contains 1-7
        days. Days are datetime.date objects.
        """
        months = [self.monthdatescalendar(year, m) for m in range(January, January + 12)]
        return _rows(months, width)

    def yeardays2calendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting (similar to
        yeardatescalendar()). Entries in the week lists are
        (day number, weekday number) tuples. Day numbers outside this month are
        zero.
        """
        months = [self.monthdays2calendar(year, m) for m in range(January, January + 12)]
        return _rows(months, width)

    def yeardayscalendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting (similar to
        yeardatescalendar()). Entries in the week lists are day numbers.
        Day numbers outside this month are zero.
        """
        months = [self.monthdayscalendar(year, m) for m in range(January, January + 12)]
        return _rows(months, width)


def _weeks(days):
    return [days[i:i + 7] for i in range(0, len(days), 7)]


def _rows(months, width):
    return [months[i:i + width] for i in range(0, len(months), width)]


class TextCalendar(Calendar):
    """
    Subclass of Calendar that outputs a calendar as a simple plain text
    similar to the UNIX program cal.
    """

    def prweek(self, theweek, width):
        """
        Print a single week (no newline).
        """
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        """
        Returns a formatted day.
        """
        if day == 0:
            text = ''
        else:
            text = '%2i' % day             # right-align single-digit days
        return text.center(width)

    def formatweek(self, theweek, width):
        """
        Returns a single week in a string (no newline).
        """
        return ' '.join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        """
        Returns a formatted week day name.
        """
        if width >= 9:
            names = day_name
        else:
            names = day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """
        Return a header for a week.
        """
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """
        Return a formatted month name.
        """
        text = month_name[themonth]
        if withyear:
            text = "%s %r" % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """
        Print a month's calendar.
        """
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """
        Return a month's calendar string (multi-line).
        """
        w = max(2, w)
        l = max(1, l)
        gap = '\n' * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), gap,
                 self.formatweekheader(w).rstrip(), gap]
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week, w).rstrip())
            parts.append(gap)
        return ''.join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """
        Returns a year's calendar as a multi-line string.
        """
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        gap = '\n' * l
        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            first = m * i + 1
            months = range(first, min(first + m, 13))
            parts.append(gap)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            parts.append(formatstring(names, colwidth, c).rstrip())
            parts.append(gap)
            parts.append(formatstring([header for _ in months], colwidth, c).rstrip())
            parts.append(gap)
            height = max(len(cal) for cal in row)
            for j in range(height):
                weeks = []
                for cal in row:
                    if j < len(cal):
                        weeks.append(self.formatweek(cal[j], w))
                    else:
                        weeks.append('')
                parts.append(formatstring(weeks, colwidth, c).rstrip())
                parts.append(gap)
        return ''.join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print a year's calendar."""
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """
    This calendar returns complete HTML pages.
    """

    # CSS classes for the day <td>s
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    # CSS classes for the day <th>s
    cssclasses_weekday_head = cssclasses

    # CSS class for the days before and after current month
    cssclass_noday = "noday"

    # CSS class for the month's head
    cssclass_month_head = "month"

    # CSS class for the month
    cssclass_month = "month"

    # CSS class for the year's table head
    cssclass_year_head = "year"

    # CSS class for the whole year table
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """
        Return a day as a table cell.
        """
        if day == 0:
            # day outside month
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """
        Return a complete week as a table row.
        """
        cells = ''.join(self.formatday(d, wd) for (d, wd) in theweek)
        return '<tr>%s</tr>' % cells

    def formatweekday(self, day):
        """
        Return a weekday name as a table header.
        """
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """
        Return a header for a week as a table row.
        """
        cells = ''.join(self.formatweekday(i) for i in self.iterweekdays())
        return '<tr>%s</tr>' % cells

    def formatmonthname(self, theyear, themonth, withyear=True):
        """
        Return a month name as a table row.
        """
        if withyear:
            text = '%s %s' % (month_name[themonth], theyear)
        else:
            text = '%s' % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, text)

    def formatmonth(self, theyear, themonth, withyear=True):
        """
        Return a formatted month as a table.
        """
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                 % self.cssclass_month, '\n',
                 self.formatmonthname(theyear, themonth, withyear=withyear), '\n',
                 self.formatweekheader(), '\n']
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week))
            parts.append('\n')
        parts.append('</table>')
        parts.append('\n')
        return ''.join(parts)

    def formatyear(self, theyear, width=3):
        """
        Return a formatted year as a table of tables.
        """
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                 % self.cssclass_year, '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>'
                 % (width, self.cssclass_year_head, theyear)]
        for first in range(January, January + 12, width):
            parts.append('<tr>')
            for m in range(first, min(first + width, 13)):
                parts.append('<td>')
                parts.append(self.formatmonth(theyear, m, withyear=False))
                parts.append('</td>')
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """
        Return a formatted year as a complete HTML page.
        """
        if encoding is None:
            encoding = sys.getdefaultencoding()
        parts = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                 '<html>\n', '<head>\n',
                 '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
                 % encoding]
        if css is not None:
            parts.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        parts.append('<title>Calendar for %d</title>\n' % theyear)
        parts.append('</head>\n')
        parts.append('<body>\n')
        parts.append(self.formatyear(theyear, width))
        parts.append('</body>\n')
        parts.append('</html>\n')
        return ''.join(parts).encode(encoding, "xmlcharrefreplace")


class different_locale:
    """Context manager switching LC_TIME to the given locale (a no-op when the locale
    module is not available)."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        try:
            import locale as _locale
        except ImportError:
            return
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        if self.oldlocale is None:
            return
        import locale as _locale
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _get_default_locale():
    try:
        import locale as _locale
    except ImportError:
        return None
    loc = _locale.setlocale(_locale.LC_TIME, None)
    if loc == "C":
        with different_locale(""):
            # LC_TIME is "C": use the locale the environment asks for
            loc = _locale.setlocale(_locale.LC_TIME, None)
    return loc


class LocaleTextCalendar(TextCalendar):
    """
    This class can be passed a locale name in the constructor and will return
    month and weekday names in the specified locale.
    """

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return super().formatweekday(day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """
    This class can be passed a locale name in the constructor and will return
    month and weekday names in the specified locale.
    """

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


# Support for old module level interface
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


# Spacing of month columns for multi-column year calendar
_colwidth = 7 * 3 - 1         # Amount printed by prweek()
_spacing = 6                  # Number of spaces between columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints multi-column formatting for year calendars"""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Returns a string formatted from n strings, centered within n columns."""
    spacing *= ' '
    return spacing.join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    hours = days * 24 + hour
    minutes = hours * 60 + minute
    seconds = minutes * 60 + second
    return seconds


# ----------------------------------------------------------------------------------------------
# Command line interface: a small stand-in for the argparse parser CPython uses, giving the
# same help, usage and error texts.

_CLI_OPTIONS = (
    # (short, long, destination, is an int, default)
    ('-w', '--width', 'width', True, 2),
    ('-l', '--lines', 'lines', True, 1),
    ('-s', '--spacing', 'spacing', True, 6),
    ('-m', '--months', 'months', True, 3),
    ('-c', '--css', 'css', False, 'calendar.css'),
    ('-L', '--locale', 'locale', False, None),
    ('-e', '--encoding', 'encoding', False, None),
    ('-t', '--type', 'type', False, 'text'),
)

_CLI_OPTION_PARTS = ['[-h]', '[-w WIDTH]', '[-l LINES]', '[-s SPACING]', '[-m MONTHS]',
                     '[-c CSS]', '[-L LOCALE]', '[-e ENCODING]', '[-t {text,html}]']
_CLI_POSITIONAL_PARTS = ['[year]', '[month]']


def _terminal_width():
    """Columns argparse would lay text out for: $COLUMNS, the terminal's width, else 80."""
    try:
        import os
    except ImportError:
        return 80
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


def _wrap_parts(parts, indent, width, prefix=None):
    """Lay usage parts out in lines no wider than width (argparse's rule)."""
    lines = []
    line = []
    length = len(prefix) - 1 if prefix is not None else len(indent) - 1
    for part in parts:
        if line and length + 1 + len(part) > width:
            lines.append(indent + ' '.join(line))
            line = []
            length = len(indent) - 1
        line.append(part)
        length += len(part) + 1
    if line:
        lines.append(indent + ' '.join(line))
    if prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


def _cli_usage(prog):
    """The usage lines, wrapped the way argparse wraps them."""
    prefix = 'usage: '
    width = _terminal_width() - 2
    whole = ' '.join([prog] + _CLI_OPTION_PARTS + _CLI_POSITIONAL_PARTS)
    if len(prefix) + len(whole) <= width:
        return prefix + whole + '\n'
    if len(prefix) + len(prog) <= 0.75 * width:
        indent = ' ' * (len(prefix) + len(prog) + 1)
        lines = _wrap_parts([prog] + _CLI_OPTION_PARTS, indent, width, prefix)
        lines.extend(_wrap_parts(_CLI_POSITIONAL_PARTS, indent, width))
    else:
        indent = ' ' * len(prefix)
        lines = _wrap_parts(_CLI_OPTION_PARTS + _CLI_POSITIONAL_PARTS, indent, width)
        if len(lines) > 1:
            lines = _wrap_parts(_CLI_OPTION_PARTS, indent, width)
            lines.extend(_wrap_parts(_CLI_POSITIONAL_PARTS, indent, width))
        lines = [prog] + lines
    return prefix + '\n'.join(lines) + '\n'


# (section title, [(invocation, help text)])
_CLI_HELP_SECTIONS = (
    ('positional arguments', [('year', 'year number (1-9999)'),
                              ('month', 'month number (1-12, text only)')]),
    ('options', [('-h, --help', 'show this help message and exit'),
                 ('-L LOCALE, --locale LOCALE', 'locale to use for month and weekday names'),
                 ('-e ENCODING, --encoding ENCODING', 'encoding to use for output'),
                 ('-t {text,html}, --type {text,html}', 'output type (text or html)')]),
    ('text only arguments', [('-w WIDTH, --width WIDTH', 'width of date column (default 2)'),
                             ('-l LINES, --lines LINES',
                              'number of lines for each week (default 1)'),
                             ('-s SPACING, --spacing SPACING',
                              'spacing between months (default 6)'),
                             ('-m MONTHS, --months MONTHS', 'months per row (default 3)')]),
    ('html only arguments', [('-c CSS, --css CSS', 'CSS to use for page')]),
)


def _cli_help():
    """The help text after the usage lines, laid out like argparse does."""
    import textwrap
    width = _terminal_width() - 2
    max_position = min(24, max(width - 20, 4))
    longest = max(len(invocation) + 2 for _, items in _CLI_HELP_SECTIONS
                  for invocation, _ in items)
    position = min(longest + 2, max_position)
    help_width = max(width - position, 11)
    action_width = position - 4
    out = []
    for title, items in _CLI_HELP_SECTIONS:
        out.append('\n%s:\n' % title)
        for invocation, text in items:
            lines = textwrap.wrap(text, help_width)
            if len(invocation) <= action_width:
                out.append('  %s  %s\n' % (invocation.ljust(action_width), lines[0]))
            else:
                out.append('  %s\n' % invocation)
                out.append('%s%s\n' % (' ' * position, lines[0]))
            for line in lines[1:]:
                out.append('%s%s\n' % (' ' * position, line))
    return ''.join(out)


class _CliOptions:
    pass


class _CliParser:
    def __init__(self, prog):
        self.prog = prog

    def usage(self):
        return _cli_usage(self.prog)

    def error(self, message):
        sys.stderr.write(self.usage())
        sys.stderr.write('%s: error: %s\n' % (self.prog, message))
        sys.exit(2)

    def _int(self, label, text):
        try:
            return int(text)
        except ValueError:
            self.error("argument %s: invalid int value: %r" % (label, text))

    def _find_long(self, name):
        exact = [opt for opt in _CLI_OPTIONS if opt[1] == name]
        if exact:
            return exact[0]
        if name == '--help':
            return 'help'
        matches = [opt for opt in _CLI_OPTIONS if opt[1].startswith(name)]
        if '--help'.startswith(name):
            matches.append('help')
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            names = ', '.join('--help' if m == 'help' else m[1] for m in matches)
            self.error("ambiguous option: %s could match %s" % (name, names))
        return None

    def parse(self, args):
        options = _CliOptions()
        for opt in _CLI_OPTIONS:
            setattr(options, opt[2], opt[4])
        # classify the arguments as argparse does: 'O' option, 'A' argument, '-' for '--'
        kinds = []
        after_dashes = False
        for arg in args:
            if after_dashes:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
                after_dashes = True
            elif arg.startswith('-') and arg != '-' and not _looks_negative(arg) and \
                    not (' ' in arg and self._option_for(arg)[0] is None):
                kinds.append('O')
            else:
                kinds.append('A')
        positionals = None
        extras = []
        i = 0
        while i < len(args):
            if kinds[i] != 'O':
                j = i
                while j < len(args) and kinds[j] != 'O':
                    j += 1
                chunk = args[i:j]
                if positionals is None:
                    if '--' in chunk:
                        chunk.remove('--')
                    positionals = chunk[:2]
                    extras.extend(chunk[2:])
                else:
                    extras.extend(chunk)
                i = j
                continue
            arg = args[i]
            i += 1
            opt, value = self._option_for(arg)
            if opt is None:
                extras.append(arg)
                continue
            if opt == 'help':
                if value is not None:
                    self.error("argument -h/--help: ignored explicit argument %r" % value)
                sys.stdout.write(self.usage())
                sys.stdout.write(_cli_help())
                sys.exit(0)
            label = '%s/%s' % (opt[0], opt[1])
            if value is None:
                if i >= len(args) or kinds[i] != 'A':
                    self.error("argument %s: expected one argument" % label)
                value = args[i]
                i += 1
            if opt[3]:
                value = self._int(label, value)
            if opt[2] == 'type' and value not in ('text', 'html'):
                self.error("argument %s: invalid choice: %r (choose from 'text', 'html')"
                           % (label, value))
            setattr(options, opt[2], value)
        positionals = positionals or []
        options.year = None
        options.month = None
        if positionals:
            options.year = self._int('year', positionals[0])
        if len(positionals) > 1:
            options.month = self._int('month', positionals[1])
        if extras:
            self.error("unrecognized arguments: %s" % ' '.join(extras))
        return options

    def _option_for(self, arg):
        """(option, attached value) for an option string; option is None when unknown."""
        if arg.startswith('--'):
            name, eq, attached = arg.partition('=')
            return self._find_long(name), (attached if eq else None)
        if '=' in arg:
            name, _, attached = arg.partition('=')
            if name == '-h':
                return 'help', attached
            for candidate in _CLI_OPTIONS:
                if name == candidate[0]:
                    return candidate, attached
        if arg[:2] == '-h':
            return 'help', (arg[2:] or None)
        for candidate in _CLI_OPTIONS:
            if arg[:2] == candidate[0]:
                return candidate, (arg[2:] or None)
        return None, None


def _looks_negative(arg):
    text = arg[1:]
    if not text:
        return False
    try:
        float(text)
    except ValueError:
        return False
    return True


def main(args):
    prog = sys.argv[0].replace('\\', '/').rsplit('/', 1)[-1] if sys.argv else 'calendar'
    parser = _CliParser(prog)
    options = parser.parse(list(args[1:]))
    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
        sys.exit(1)

    locale = options.locale, options.encoding

    if options.type == "html":
        if options.locale:
            cal = LocaleHTMLCalendar(locale=locale)
        else:
            cal = HTMLCalendar()
        encoding = options.encoding
        if encoding is None:
            encoding = sys.getdefaultencoding()
        write = sys.stdout.buffer.write
        if options.year is None:
            write(cal.formatyearpage(datetime.date.today().year, encoding=encoding,
                                     css=options.css))
        elif options.month is None:
            write(cal.formatyearpage(options.year, encoding=encoding, css=options.css))
        else:
            parser.error("incorrect number of arguments")
            sys.exit(1)
    else:
        if options.locale:
            cal = LocaleTextCalendar(locale=locale)
        else:
            cal = TextCalendar()
        settings = dict(w=options.width, l=options.lines)
        if options.month is None:
            settings["c"] = options.spacing
            settings["m"] = options.months
        if options.year is None:
            result = cal.formatyear(datetime.date.today().year, **settings)
        elif options.month is None:
            result = cal.formatyear(options.year, **settings)
        else:
            result = cal.formatmonth(options.year, options.month, **settings)
        write = sys.stdout.write
        if options.encoding:
            result = result.encode(options.encoding)
            write = sys.stdout.buffer.write
        write(result)


if __name__ == "__main__":
    main(sys.argv)
