"""Basic date and time types.

Provides the classes date, time, datetime, timedelta, tzinfo and timezone, together with the
constants MINYEAR, MAXYEAR and UTC. Dates follow the proleptic Gregorian calendar: ordinal 1 is
January 1 of year 1. Every object is immutable; arithmetic and the alternate constructors build
new objects. Local time (fromtimestamp, now, timestamp, astimezone without an argument) comes
from the time module.
"""

import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DELTA_DAYS = 999999999
_MAX_ORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163         # date(1970, 1, 1).toordinal()
_INT_MIN = -2 ** 31
_INT_MAX = 2 ** 31 - 1
_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1

_MISSING = object()


def _time_module():
    import time
    return time


# ----------------------------------------------------------------------------------------------
# Calendar arithmetic on (year, month, day) and ordinals.

_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEFORE_MONTH = [0, 0]
for _n in _MONTH_LENGTHS[1:12]:
    _BEFORE_MONTH.append(_BEFORE_MONTH[-1] + _n)
del _n

_DAY_ABBRS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_ABBRS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_LENGTHS[month]


def _days_before_year(year):
    """Days in the years before `year` (year 1 starts at 0)."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    extra = 1 if month > 2 and _is_leap(year) else 0
    return _BEFORE_MONTH[month] + extra


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    """The (year, month, day) of proleptic Gregorian ordinal n (n >= 1)."""
    year = (n * 400) // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)
    month = day_of_year // 31 + 1
    if month > 12:
        month = 12
    while month < 12 and _days_before_month(year, month + 1) < day_of_year:
        month += 1
    while _days_before_month(year, month) >= day_of_year:
        month -= 1
    return year, month, day_of_year - _days_before_month(year, month)


def _iso_week1_monday(year):
    jan4 = _ymd_to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _weeks_in_iso_year(year):
    """53 when the ISO year `year` has a week 53, else 52."""
    first_weekday = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
    if first_weekday == 3 or (first_weekday == 2 and _is_leap(year)):
        return 53
    return 52


def _iso_calendar(year, ordinal):
    monday1 = _iso_week1_monday(year)
    if ordinal < monday1:
        year -= 1
        monday1 = _iso_week1_monday(year)
    else:
        following = _iso_week1_monday(year + 1)
        if ordinal >= following:
            year += 1
            monday1 = following
    week, day = divmod(ordinal - monday1, 7)
    return year, week + 1, day + 1


def _ymdhms_to_seconds(year, month, day, hour, minute, second):
    """Seconds since 1970-01-01 00:00 of the given wall-clock fields read as UTC."""
    days = _ymd_to_ordinal(year, month, day) - _EPOCH_ORDINAL
    return ((days * 24 + hour) * 60 + minute) * 60 + second


# ----------------------------------------------------------------------------------------------
# Error helpers: CPython's C types are named "datetime.date" and so on in messages.

def _type_name(obj):
    t = type(obj)
    name = _QUALIFIED_NAMES.get(t)
    if name is None:
        return t.__name__
    return name


_QUALIFIED_NAMES = {}


def _could_handle(other, reflected):
    """Whether `other`'s class might implement the reflected operation itself."""
    t = type(other)
    if t.__module__ == 'builtins':
        return False
    method = getattr(t, reflected, None)
    if method is None or method is getattr(object, reflected, None):
        return False
    # the classes of this module never handle an operation their partner refused
    return getattr(method, "__module__", None) != __name__


def _unsupported(symbol, left, right):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (symbol, _type_name(left), _type_name(right)))


def _compare_error(symbol, left, right):
    return TypeError("'%s' not supported between instances of '%s' and '%s'"
                     % (symbol, _type_name(left), _type_name(right)))


_REFLECTED = {'<': '__gt__', '<=': '__ge__', '>': '__lt__', '>=': '__le__'}


def _cannot_order(symbol, left, right):
    """For a rich comparison with an unsupported operand: NotImplemented when the other side
    may know better, else the TypeError CPython reports."""
    if _could_handle(right, _REFLECTED[symbol]):
        return NotImplemented
    raise _compare_error(symbol, left, right)


def _c_int(value):
    """Convert an argument the way C's "i" format does (via __index__, C int range)."""
    if type(value) is int and _INT_MIN <= value <= _INT_MAX:
        return value
    value = _index(value)
    if not _LONG_MIN <= value <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    if value > _INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if value < _INT_MIN:
        raise OverflowError("signed integer is less than minimum")
    return value


def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(value))
    result = method(value)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % _type_name(result))
    return int(result)


def _parse_args(fname, names, npositional, nrequired, args, kwargs, convert=None):
    """Bind args/kwargs to `names` with the error messages of CPython's argument parser,
    converting present values with the per-position functions in `convert` (if given), in
    order. Missing optional values come back as _MISSING."""
    nargs = len(args)
    nkwargs = len(kwargs) if kwargs else 0
    count = len(names)
    label = fname + "()" if fname else "function"
    if nargs + nkwargs > count:
        raise TypeError("%s takes at most %d %sargument%s (%d given)"
                        % (label, count, "keyword " if nargs == 0 else "",
                           "" if count == 1 else "s", nargs + nkwargs))
    if nargs > npositional:
        raise TypeError("%s takes at most %d positional argument%s (%d given)"
                        % (label, npositional, "" if npositional == 1 else "s", nargs))
    values = []
    remaining = nkwargs
    for i in range(count):
        if i < nargs:
            value = args[i]
        else:
            value = _MISSING
            if remaining:
                value = kwargs.get(names[i], _MISSING)
                if value is not _MISSING:
                    remaining -= 1
            if value is _MISSING and i < nrequired:
                raise TypeError("%s missing required argument '%s' (pos %d)"
                                % (label, names[i], i + 1))
        if convert is not None and value is not _MISSING and convert[i] is not None:
            value = convert[i](value)
        values.append(value)
    if remaining:
        for key in kwargs:
            if key in names[:nargs]:
                raise TypeError("argument for %s given by name ('%s') and position (%d)"
                                % (label, key, names.index(key) + 1))
            if key not in names:
                where = fname + "()" if fname else "this function"
                raise TypeError("'%s' is an invalid keyword argument for %s" % (key, where))
    return values


_INTS3 = (_c_int, _c_int, _c_int)
_TIME_CONVERT = (_c_int, _c_int, _c_int, _c_int, None, _c_int)
_DATETIME_CONVERT = (_c_int, _c_int, _c_int, _c_int, _c_int, _c_int, _c_int, None, _c_int)


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _type_name(tz))


def _check_date_fields(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")


def _check_time_fields(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _divide_nearest(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    if b == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    q, r = divmod(a, b)
    twice = 2 * r
    if b > 0:
        past_half = twice > b
    else:
        past_half = twice < b
    if past_half or (twice == b and q % 2 == 1):
        q += 1
    return q


def _check_offset(value, method):
    """Validate what a tzinfo's utcoffset() or dst() returned."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, _type_name(value)))
    if not -_US_PER_DAY < value._total_us() < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return value


def _call_utcoffset(tz, arg):
    if tz is None:
        return None
    return _check_offset(tz.utcoffset(arg), "utcoffset")


def _call_dst(tz, arg):
    if tz is None:
        return None
    return _check_offset(tz.dst(arg), "dst")


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _type_name(name))
    return name


def _format_offset(offset, separator):
    """'+HH:MM[:SS[.ffffff]]' (with the given separator) for a timedelta, '' for None."""
    if offset is None:
        return ""
    total = offset._total_us()
    sign = "+"
    if total < 0:
        sign = "-"
        total = -total
    hours, rest = divmod(total, 3600 * _US_PER_SECOND)
    minutes, rest = divmod(rest, 60 * _US_PER_SECOND)
    seconds, micro = divmod(rest, _US_PER_SECOND)
    text = "%s%02d%s%02d" % (sign, hours, separator, minutes)
    if seconds or micro:
        text += "%s%02d" % (separator, seconds)
        if micro:
            text += ".%06d" % micro
    return text


def _format_time(hour, minute, second, microsecond, timespec, position):
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument %d must be str, not %s"
                        % (position, _type_name(timespec)))
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


# ----------------------------------------------------------------------------------------------
# Local time, through the time module.

def _timestamp_parts(t, rounding_floor=False):
    """Split a POSIX timestamp (int or float) into whole seconds and microseconds."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(t)
        if rounding_floor:
            if frac < 0:
                whole -= 1.0
            micro = 0
        else:
            micro = round(frac * 1e6)
            if micro >= 1000000:
                micro -= 1000000
                whole += 1.0
            elif micro < 0:
                micro += 1000000
                whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(micro)
    seconds = _index(t)
    if not _LONG_MIN <= seconds <= _LONG_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds, 0


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second) of a POSIX time in UTC, like gmtime()."""
    days, rest = divmod(seconds, 86400)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    ordinal = days + _EPOCH_ORDINAL
    if ordinal < 1 or ordinal > _MAX_ORDINAL:
        year = _year_of_ordinal(ordinal)
        if not -2 ** 31 + 1900 <= year <= 2 ** 31 - 1 + 1900:
            raise OSError(75, "Value too large for defined data type")
        raise ValueError("year %d is out of range" % year)
    year, month, day = _ordinal_to_ymd(ordinal)
    return year, month, day, hour, minute, second


def _year_of_ordinal(ordinal):
    """The (possibly out of range) proleptic year holding an ordinal."""
    year = (ordinal * 400) // 146097 + 1
    while _days_before_year(year) >= ordinal:
        year -= 1
    while _days_before_year(year + 1) < ordinal:
        year += 1
    return year


def _local_fields(seconds):
    tm = _time_module().localtime(seconds)
    year = tm[0]
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    return tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]


def _local_offset(u):
    """Local UTC offset in seconds at POSIX time u."""
    tm = _time_module().localtime(u)
    return _ymdhms_to_seconds(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]) - u


def _local_to_posix(year, month, day, hour, minute, second, fold):
    """The POSIX time whose local wall clock reads the given fields (PEP 495 rules for
    repeated and skipped times; fold None picks the later reading, as mktime() does)."""
    wall = _ymdhms_to_seconds(year, month, day, hour, minute, second)
    before = _local_offset(wall - 86400)
    after = _local_offset(wall + 86400)
    first = wall - before
    second_candidate = wall - after
    first_ok = _local_offset(first) == before
    second_ok = _local_offset(second_candidate) == after
    if fold is None:
        if first_ok and not second_ok:
            return first
        if second_ok and not first_ok:
            return second_candidate
        return max(first, second_candidate)
    if first_ok and second_ok:
        if fold:
            return max(first, second_candidate)
        return min(first, second_candidate)
    if first_ok:
        return first
    if second_ok:
        return second_candidate
    # In a gap: fold=0 uses the offset in effect before the transition.
    if fold:
        return second_candidate
    return first


def _local_timezone_at(u):
    tm = _time_module().localtime(u)
    offset = getattr(tm, "tm_gmtoff", None)
    name = getattr(tm, "tm_zone", None)
    if offset is None:
        offset = _ymdhms_to_seconds(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]) - u
    delta = timedelta(seconds=offset)
    if name is None:
        return timezone(delta)
    return timezone(delta, name)


def _current_time_parts():
    tmod = _time_module()
    time_ns = getattr(tmod, "time_ns", None)
    if time_ns is not None:
        ns = time_ns()
        seconds, ns = divmod(ns, 1000000000)
        return seconds, ns // 1000
    t = tmod.time()
    whole = _math.floor(t)
    return int(whole), int((t - whole) * 1e6)


# ----------------------------------------------------------------------------------------------
# timedelta

def _delta_hash(us):
    """hash() of the timedelta of `us` microseconds (CPython hashes aware datetimes and times
    this way)."""
    days, rest = divmod(us, _US_PER_DAY)
    seconds, micro = divmod(rest, _US_PER_SECOND)
    return hash((days, seconds, micro))


def _delta_from_us(us, cls=None):
    days, rest = divmod(us, _US_PER_DAY)
    if not _INT_MIN <= days <= _INT_MAX:
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
    seconds, micro = divmod(rest, _US_PER_SECOND)
    self = object.__new__(cls if cls is not None else timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = micro
    self._hashcode = -1
    return self


_DELTA_NAMES = ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")
# (position in _DELTA_NAMES, microseconds per unit), in the order CPython accumulates them
_DELTA_UNITS = ((2, 1), (3, 1000), (1, _US_PER_SECOND), (4, 60 * _US_PER_SECOND),
                (5, 3600 * _US_PER_SECOND), (0, _US_PER_DAY), (6, 7 * _US_PER_DAY))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0; they may be ints or floats, positive or
    negative. The value is kept normalised as days, seconds (0..86399) and microseconds
    (0..999999).
    """
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) > 3:
            values = _parse_args("__new__", _DELTA_NAMES, 7, 0, args, kwargs)
        else:
            values = list(args) + [_MISSING] * (7 - len(args))
        total = 0
        leftover = 0.0
        for position, factor in _DELTA_UNITS:
            value = values[position]
            if value is _MISSING:
                continue
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(float(factor) * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_DELTA_NAMES[position], _type_name(value)))
        if leftover:
            low = _math.floor(leftover)
            rest = leftover - low
            low = int(low)
            if rest > 0.5 or (rest == 0.5 and (total + low) % 2 == 1):
                low += 1
            total += low
        return _delta_from_us(total, cls)

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @days.setter
    def days(self, value):
        raise AttributeError("readonly attribute")

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @seconds.setter
    def seconds(self, value):
        raise AttributeError("readonly attribute")

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    @microseconds.setter
    def microseconds(self, value):
        raise AttributeError("readonly attribute")

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._total_us() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_type_name(self), ", ".join(parts))

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        return text

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __format__(self, format_spec):
        if not isinstance(format_spec, str):
            raise TypeError("__format__() argument must be str, not %s"
                            % _type_name(format_spec))
        if format_spec:
            raise TypeError("unsupported format string passed to %s.__format__"
                            % _type_name(self))
        return str(self)

    # arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._total_us() + other._total_us())
        if isinstance(other, date) or _could_handle(other, '__radd__'):
            return NotImplemented
        raise _unsupported('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._total_us() + other._total_us())
        raise _unsupported('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._total_us() - other._total_us())
        if _could_handle(other, '__rsub__'):
            return NotImplemented
        raise _unsupported('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._total_us() - self._total_us())
        raise _unsupported('-', other, self)

    def __neg__(self):
        return _delta_from_us(-self._total_us())

    def __pos__(self):
        return _delta_from_us(self._total_us())

    def __abs__(self):
        total = self._total_us()
        return _delta_from_us(-total if total < 0 else total)

    def _scaled(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._total_us() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._total_us() * numerator, denominator))
        return None

    def __mul__(self, other):
        result = self._scaled(other)
        if result is not None:
            return result
        if isinstance(other, (str, bytes, bytearray, list, tuple)):
            raise TypeError("can't multiply sequence by non-int of type 'datetime.timedelta'")
        if _could_handle(other, '__rmul__'):
            return NotImplemented
        raise _unsupported('*', self, other)

    def __rmul__(self, other):
        result = self._scaled(other)
        if result is not None:
            return result
        raise _unsupported('*', other, self)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return self._total_us() / divisor
        if isinstance(other, int):
            return _delta_from_us(_divide_nearest(self._total_us(), other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(denominator * self._total_us(), numerator))
        if _could_handle(other, '__rtruediv__'):
            return NotImplemented
        raise _unsupported('/', self, other)

    def __rtruediv__(self, other):
        raise _unsupported('/', other, self)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._total_us() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(self._total_us() // other)
        if _could_handle(other, '__rfloordiv__'):
            return NotImplemented
        raise _unsupported('//', self, other)

    def __rfloordiv__(self, other):
        raise _unsupported('//', other, self)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(self._total_us() % divisor)
        if _could_handle(other, '__rmod__'):
            return NotImplemented
        raise _unsupported('%', self, other)

    def __rmod__(self, other):
        raise _unsupported('%', other, self)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._total_us(), divisor)
            return q, _delta_from_us(r)
        if _could_handle(other, '__rdivmod__'):
            return NotImplemented
        raise _unsupported('divmod()', self, other)

    def __rdivmod__(self, other):
        raise _unsupported('divmod()', other, self)

    def __pow__(self, other, modulo=None):
        if _could_handle(other, '__rpow__'):
            return NotImplemented
        raise _unsupported('** or pow()', self, other)

    def __rpow__(self, other, modulo=None):
        raise _unsupported('** or pow()', other, self)

    def __invert__(self):
        raise TypeError("bad operand type for unary ~: 'datetime.timedelta'")

    # comparisons

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() == other._total_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() != other._total_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() < other._total_us()
        return _cannot_order('<', self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() <= other._total_us()
        return _cannot_order('<=', self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() > other._total_us()
        return _cannot_order('>', self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() >= other._total_us()
        return _cannot_order('>=', self, other)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = _delta_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _delta_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta_from_us(1)


# ----------------------------------------------------------------------------------------------
# strftime: CPython first replaces %z, %Z and %f itself, then hands the rest to the C
# library's strftime (glibc here); both stages are reproduced below.

def _wrap_strftime(fmt, zget, Zget, microsecond):
    pieces = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '\0':
            break
        i += 1
        if ch != '%':
            pieces.append(ch)
            continue
        if i >= n or fmt[i] == '\0':
            pieces.append('%')
            continue
        ch = fmt[i]
        i += 1
        if ch == 'z':
            pieces.append(zget())
        elif ch == 'Z':
            pieces.append(Zget().replace('%', '%%'))
        elif ch == 'f':
            pieces.append("%06d" % microsecond)
        else:
            pieces.append('%')
            pieces.append(ch)
    return "".join(pieces)


# number conversions: directive -> (minimum digits, pads with spaces by default)
_NUMERIC = {
    'C': (1, False), 'd': (2, False), 'e': (2, True), 'g': (2, False), 'G': (1, False),
    'H': (2, False), 'I': (2, False), 'j': (3, False), 'k': (2, True), 'l': (2, True),
    'm': (2, False), 'M': (2, False), 's': (1, False), 'S': (2, False), 'u': (1, False),
    'U': (2, False), 'V': (2, False), 'w': (1, False), 'W': (2, False), 'y': (2, False),
    'Y': (1, False),
}
_COMPOSITE = {
    'c': "%a %b %e %H:%M:%S %Y", 'D': "%m/%d/%y", 'F': "%Y-%m-%d", 'r': "%I:%M:%S %p",
    'R': "%H:%M", 'T': "%H:%M:%S", 'x': "%m/%d/%y", 'X': "%H:%M:%S",
}
_TEXTUAL = set("aAbBhpPnt%Z")
_E_OK = set("cCxXyY" "nt%pPrRsTuzZ")
_O_OK = set("bdeghjklmnprstuwyBCGHIMPRSTUVWzZ%")


class _Fields:
    __slots__ = ('year', 'month', 'day', 'hour', 'minute', 'second', 'weekday', 'yday',
                 'isdst')

    def __init__(self, year, month, day, hour, minute, second, weekday, yday, isdst):
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.weekday = weekday      # Monday is 0
        self.yday = yday            # January 1 is 1
        self.isdst = isdst


def _numeric_value(c, f):
    if c == 'd' or c == 'e':
        return f.day
    if c == 'H' or c == 'k':
        return f.hour
    if c == 'I' or c == 'l':
        return f.hour % 12 or 12
    if c == 'm':
        return f.month
    if c == 'M':
        return f.minute
    if c == 'S':
        return f.second
    if c == 'y':
        return f.year % 100
    if c == 'Y':
        return f.year
    if c == 'C':
        return f.year // 100
    if c == 'j':
        return f.yday
    if c == 'u':
        return f.weekday + 1
    if c == 'w':
        return (f.weekday + 1) % 7
    if c == 'U':
        sunday_based = (f.weekday + 1) % 7
        return (f.yday - 1 + 7 - sunday_based) // 7
    if c == 'W':
        return (f.yday - 1 + 7 - f.weekday) // 7
    if c in 'GgV':
        ordinal = _ymd_to_ordinal(f.year, 1, 1) + f.yday - 1
        iso_year, iso_week, _ = _iso_calendar(f.year, ordinal)
        if c == 'G':
            return iso_year
        if c == 'g':
            return iso_year % 100
        return iso_week
    if c == 's':
        # like mktime() with tm_isdst -1: the later reading of a repeated or skipped time
        return _local_to_posix(f.year, f.month, f.day, f.hour, f.minute, f.second, None)
    raise AssertionError(c)


def _textual_value(c, f):
    if c == 'a':
        return _DAY_ABBRS[f.weekday]
    if c == 'A':
        return _DAY_NAMES[f.weekday]
    if c == 'b' or c == 'h':
        return _MONTH_ABBRS[f.month]
    if c == 'B':
        return _MONTH_NAMES[f.month]
    if c == 'p':
        return "PM" if f.hour >= 12 else "AM"
    if c == 'P':
        return "pm" if f.hour >= 12 else "am"
    if c == 'n':
        return "\n"
    if c == 't':
        return "\t"
    if c == '%':
        return "%"
    if c == 'Z':
        if f.isdst < 0:
            return ""
        return _time_module().tzname[1 if f.isdst else 0]
    raise AssertionError(c)


_HUGE_WIDTH = 1 << 20


def _c_strftime(fmt, f):
    """glibc's strftime in the C locale, on already-wrapped format text. Returns None when
    the output would not fit the buffer CPython offers."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%':
            j = fmt.find('%', i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        start = i
        i += 1
        pad = None
        upper = False
        swap = False
        while i < n and fmt[i] in "_-0^#":
            c = fmt[i]
            if c == '^':
                upper = True
            elif c == '#':
                swap = True
            else:
                pad = c
            i += 1
        width = 0
        while i < n and '0' <= fmt[i] <= '9':
            if width < _HUGE_WIDTH:
                width = width * 10 + ord(fmt[i]) - 48
            i += 1
        if width >= _HUGE_WIDTH:
            return None
        modifier = None
        if i < n and fmt[i] in "EO":
            modifier = fmt[i]
            i += 1
        if i >= n:
            # '%' (with flags) at the end of the format is copied as it stands
            out.append(_pad_text(fmt[start:i], width, pad, upper))
            break
        c = fmt[i]
        i += 1
        known = c in _NUMERIC or c in _COMPOSITE or c in _TEXTUAL or c == 'z'
        if not known or (modifier == 'E' and c not in _E_OK) or \
                (modifier == 'O' and c not in _O_OK):
            # glibc applies '#' (upper case for names) before rejecting the modifier
            upper = upper or (swap and c in "bBh")
            out.append(_pad_text(fmt[start:i], width, pad, upper))
            continue
        if c in _NUMERIC:
            mindigits, spaced = _NUMERIC[c]
            out.append(_pad_number(_numeric_value(c, f), mindigits, spaced or c == 's',
                                   spaced, width, pad))
        elif c in _COMPOSITE:
            text = _c_strftime(_COMPOSITE[c], f)
            if upper:
                text = text.upper()
            out.append(_pad_text(text, width, pad, False))
        elif c == 'z':
            if f.isdst < 0:
                continue
            out.append(_pad_text("+", width, pad, False))
            out.append(_pad_number(0, 4, False, False, width, pad))
        else:
            text = _textual_value(c, f)
            if c == 'p':
                if swap:
                    text = text.lower()
                elif upper:
                    text = text.upper()
            elif c == 'Z':
                if swap:
                    text = text.lower()
                elif upper:
                    text = text.upper()
            elif c != 'P' and (upper or swap):
                text = text.upper()
            out.append(_pad_text(text, width, pad, False))
    return "".join(out)


def _pad_text(text, width, pad, upper):
    if upper:
        text = text.upper()
    if width > len(text):
        text = text.rjust(width, '0' if pad == '0' else ' ')
    return text


def _pad_number(value, mindigits, width_spaced, digits_spaced, width, pad):
    text = str(value)
    if pad == '-':
        pass
    elif pad == '_' or (pad is None and digits_spaced):
        text = text.rjust(mindigits)
    else:
        text = text.rjust(mindigits, '0')
    if width > len(text):
        if pad == '0':
            fill = '0'
        elif pad is None and not width_spaced:
            fill = '0'
        else:
            fill = ' '
        text = text.rjust(width, fill)
    return text


def _strftime(fmt, fields, zget, Zget, microsecond):
    wrapped = _wrap_strftime(fmt, zget, Zget, microsecond)
    if '\0' in wrapped:
        wrapped = wrapped[:wrapped.index('\0')]
    result = _c_strftime(wrapped, fields)
    if result is None:
        return ""
    if len(result) >= 256:
        fmtlen = len(wrapped.encode('utf-8', 'surrogatepass'))
        limit = 1024
        while limit < 256 * fmtlen:
            limit += limit
        if len(result.encode('utf-8', 'surrogatepass')) >= limit:
            return ""
    return result


def _format_argument(args, kwargs):
    """The format argument of strftime(), checked like CPython does."""
    if len(args) == 1 and not kwargs:
        fmt = args[0]
    else:
        fmt, = _parse_args("strftime", ("format",), 1, 1, args, kwargs)
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _type_name(fmt))
    return fmt


def _one_argument(name, args):
    if len(args) != 1:
        raise TypeError("%s() takes exactly one argument (%d given)" % (name, len(args)))
    return args[0]


# ----------------------------------------------------------------------------------------------
# ISO 8601 parsing (fromisoformat), done on the UTF-8 bytes as CPython does.

def _byte(b, i):
    if i < len(b):
        return b[i]
    return 0


def _is_digit_byte(c):
    return 48 <= c <= 57


def _parse_digits(b, p, count):
    value = 0
    for k in range(count):
        c = _byte(b, p + k)
        if not 48 <= c <= 57:
            return None
        value = value * 10 + c - 48
    return value


def _parse_iso_date(b, length):
    """(status, year, month, day); status < 0 on failure."""
    year = _parse_digits(b, 0, 4)
    if year is None:
        return -1, 0, 0, 0
    p = 4
    separated = _byte(b, p) == 45          # '-'
    if separated:
        p += 1
    if _byte(b, p) == 87:                  # 'W'
        p += 1
        week = _parse_digits(b, p, 2)
        if week is None:
            return -3, 0, 0, 0
        p += 2
        if p < length:
            if separated:
                if _byte(b, p) != 45:
                    return -2, 0, 0, 0
                p += 1
            weekday = _parse_digits(b, p, 1)
            if weekday is None:
                return -4, 0, 0, 0
        else:
            weekday = 1
        if year == 0:
            first_weekday = -1
        else:
            first_weekday = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
        if week <= 0 or week >= 53:
            if not (week == 53 and (first_weekday == 3 or
                                    (first_weekday == 2 and _is_leap(year)))):
                return -5, 0, 0, 0
        if weekday <= 0 or weekday >= 8:
            return -6, 0, 0, 0
        if year == 0:
            # CPython's C arithmetic lands on month 0 of year 1 for these
            return 0, 1, 0, 1
        y, m, d = _ordinal_to_ymd_any(_iso_week1_monday(year) + (week - 1) * 7 + weekday - 1)
        return 0, y, m, d
    month = _parse_digits(b, p, 2)
    if month is None:
        return -1, 0, 0, 0
    p += 2
    if separated:
        if _byte(b, p) != 45:
            return -2, 0, 0, 0
        p += 1
    day = _parse_digits(b, p, 2)
    if day is None:
        return -1, 0, 0, 0
    return 0, year, month, day


def _ordinal_to_ymd_any(n):
    if n < 1:
        return 0, 1, 1
    if n > _MAX_ORDINAL:
        return _year_of_ordinal(n), 1, 1
    return _ordinal_to_ymd(n)


def _parse_hms(b, p, end):
    """Parse [HH[:?MM[:?SS]]][.,fraction] between p and end. Returns (status, h, m, s, us):
    status 0 on a clean end, 1 when other text follows, negative on failure."""
    values = [0, 0, 0]
    separated = True
    for index in range(3):
        value = _parse_digits(b, p, 2)
        if value is None:
            return -3, 0, 0, 0, 0
        values[index] = value
        p += 2
        c = _byte(b, p)
        p += 1
        if index == 0:
            separated = c == 58            # ':'
        if p >= end:
            return (1 if c != 0 else 0), values[0], values[1], values[2], 0
        if separated and c == 58:
            continue
        if c == 46 or c == 44:             # '.' or ',': the fraction follows
            break
        if not separated:
            p -= 1
            continue
        return -4, 0, 0, 0, 0
    remaining = end - p
    count = remaining if remaining < 6 else 6
    micro = _parse_digits(b, p, count)
    if micro is None:
        return -3, 0, 0, 0, 0
    p += count
    if count < 6:
        micro *= 10 ** (6 - count)
    while _is_digit_byte(_byte(b, p)):
        p += 1
    return (1 if _byte(b, p) != 0 else 0), values[0], values[1], values[2], micro


def _parse_iso_time(b, p, end):
    """(status, hour, minute, second, microsecond, tz_seconds, tz_microseconds): status 0
    without an offset, 1 with one, negative on failure."""
    tzpos = p
    while True:
        c = _byte(b, tzpos)
        if c == 90 or c == 43 or c == 45:  # 'Z', '+', '-'
            break
        tzpos += 1
        if tzpos >= end:
            break
    status, hour, minute, second, micro = _parse_hms(b, p, tzpos)
    if status < 0:
        return status, 0, 0, 0, 0, 0, 0
    if tzpos == end:
        if status == 1:
            return -5, 0, 0, 0, 0, 0, 0
        return 0, hour, minute, second, micro, 0, 0
    if _byte(b, tzpos) == 90:
        if _byte(b, tzpos + 1) != 0:
            return -5, 0, 0, 0, 0, 0, 0
        return 1, hour, minute, second, micro, 0, 0
    sign = -1 if _byte(b, tzpos) == 45 else 1
    status, th, tm, ts, tus = _parse_hms(b, tzpos + 1, end)
    if status != 0:
        return -5, 0, 0, 0, 0, 0, 0
    return 1, hour, minute, second, micro, sign * (th * 3600 + tm * 60 + ts), sign * tus


def _iso_tzinfo(status, seconds, micro):
    if status != 1:
        return None
    if seconds == 0:
        return _UTC
    return timezone(timedelta(0, seconds, micro))


def _find_iso_separator(b, length):
    if length == 7:
        return 7
    if _byte(b, 4) == 45:                  # 'YYYY-'
        if _byte(b, 5) == 87:              # 'YYYY-W'
            if length < 8:
                return -1
            if length > 8 and _byte(b, 8) == 45:
                if length == 9:
                    return -1
                if length > 10 and _is_digit_byte(_byte(b, 10)):
                    return 8
                return 10
            return 8
        return 10
    if _byte(b, 4) == 87:                  # 'YYYYW'
        idx = 7
        while idx < length and _is_digit_byte(b[idx]):
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _encode_iso(text):
    try:
        return text.encode('utf-8')
    except UnicodeEncodeError:
        return None


def _invalid_iso(text):
    return ValueError("Invalid isoformat string: %r" % (text,))


# ----------------------------------------------------------------------------------------------
# strptime, with a small backtracking matcher standing in for the regular expression CPython
# builds: each directive lists its alternatives in the order the expression would try them.

_STRPTIME_DIGIT_RULES = {
    'd': ("3[01]", "[12]D", "0N", "N", " N"),
    'H': ("2[0123]", "[01]D", "D"),
    'I': ("1[012]", "0N", "N"),
    'G': ("DDDD",),
    'j': ("36[0123456]", "3[012345]D", "[12]DD", "0ND", "00N", "ND", "0N", "N"),
    'm': ("1[012]", "0N", "N"),
    'M': ("[012345]D", "D"),
    'S': ("6[01]", "[012345]D", "D"),
    'U': ("5[0123]", "[01234]D", "D"),
    'W': ("5[0123]", "[01234]D", "D"),
    'V': ("5[0123]", "0N", "[1234]D", "D"),
    'w': ("[0123456]",),
    'u': ("[1234567]",),
    'y': ("DD",),
    'Y': ("DDDD",),
}


def _compile_digit_rule(rule):
    """'3[01]' -> ['3', '01']; D is any decimal digit, N is 1-9."""
    classes = []
    i = 0
    while i < len(rule):
        c = rule[i]
        if c == '[':
            j = rule.index(']', i)
            classes.append(rule[i + 1:j])
            i = j + 1
        elif c == 'D':
            classes.append(None)
            i += 1
        elif c == 'N':
            classes.append("123456789")
            i += 1
        else:
            classes.append(c)
            i += 1
    return classes


_STRPTIME_DIGITS = {}
for _key, _rules in _STRPTIME_DIGIT_RULES.items():
    _STRPTIME_DIGITS[_key] = [_compile_digit_rule(_r) for _r in _rules]
del _key, _rules


def _names_by_length(names):
    return sorted((n.lower() for n in names), key=len, reverse=True)


def _same_letter(a, b):
    return a == b or a.lower() == b.lower() or a.upper() == b.upper()


def _match_name(data, i, name):
    if len(data) - i < len(name):
        return False
    for k in range(len(name)):
        if not _same_letter(data[i + k], name[k]):
            return False
    return True


def _strptime_candidates(key, data, i):
    """End positions the directive `key` can match at data[i:], best first."""
    n = len(data)
    rules = _STRPTIME_DIGITS.get(key)
    if rules is not None:
        found = []
        for classes in rules:
            if i + len(classes) > n:
                continue
            for k in range(len(classes)):
                c = data[i + k]
                allowed = classes[k]
                if allowed is None:
                    if not c.isdecimal():
                        break
                elif c not in allowed:
                    break
            else:
                found.append(i + len(classes))
        return found
    if key == 'f':
        count = 0
        while count < 6 and i + count < n and '0' <= data[i + count] <= '9':
            count += 1
        return [i + k for k in range(count, 0, -1)]
    if key == 'z':
        return _z_candidates(data, i)
    names = _strptime_names(key)
    return [i + len(name) for name in names if _match_name(data, i, name)]


def _strptime_names(key):
    if key == 'a':
        return _names_by_length(_DAY_ABBRS)
    if key == 'A':
        return _names_by_length(_DAY_NAMES)
    if key == 'b':
        return _names_by_length(_MONTH_ABBRS[1:])
    if key == 'B':
        return _names_by_length(_MONTH_NAMES[1:])
    if key == 'p':
        return ["am", "pm"]
    if key == 'Z':
        return sorted(_timezone_names(), key=len, reverse=True)
    raise AssertionError(key)


def _timezone_names():
    """The zone names %Z accepts: UTC, GMT and the local zone's standard name, plus its
    daylight saving name when it has one (duplicates kept, as CPython's pattern has them)."""
    names = {"utc", "gmt"}
    try:
        tmod = _time_module()
    except ImportError:
        return list(names)
    names.add(tmod.tzname[0].lower())
    names = list(names)
    if tmod.daylight:
        names.append(tmod.tzname[1].lower())
    return names


def _z_candidates(data, i):
    n = len(data)

    def digit(k):
        return k < n and data[k].isdecimal()

    def sixty(k):
        return k < n and data[k] in "012345" and digit(k + 1)

    found = []
    if i < n and data[i] in "+-" and digit(i + 1) and digit(i + 2):
        j = i + 3
        minute_starts = [j + 1, j] if j < n and data[j] == ':' else [j]
        for m in minute_starts:
            if not sixty(m):
                continue
            k = m + 2
            second_starts = [k + 1, k] if k < n and data[k] == ':' else [k]
            for s in second_starts:
                if not sixty(s):
                    continue
                e = s + 2
                if e < n and data[e] == '.':
                    count = 0
                    while count < 6 and digit(e + 1 + count):
                        count += 1
                    for length in range(count, 0, -1):
                        found.append(e + 1 + length)
                found.append(e)
            found.append(k)
    if i < n and data[i] == 'Z':
        found.append(i + 1)
    return found


_STRPTIME_KEYS = set("dfHIGjmMpSUwuVyYzaAbBZW%")
_STRPTIME_EXPANSIONS = {
    'c': "%a %b %d %H:%M:%S %Y",
    'x': "%m/%d/%y",
    'X': "%H:%M:%S",
}
_REGEX_SPECIALS = set("\\.^$*+?(){}[]|")
_strptime_cache = {}


def _compile_strptime(fmt):
    """The format as tokens: ('lit', char), ('ws', None) or ('dir', key)."""
    tokens = _strptime_cache.get(fmt)
    if tokens is not None:
        return tokens
    tokens = []
    _tokenize_strptime(fmt, fmt, tokens)
    if len(_strptime_cache) > 100:
        _strptime_cache.clear()
    _strptime_cache[fmt] = tokens
    return tokens


def _tokenize_strptime(fmt, whole, tokens):
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('ws', None))
            continue
        if c != '%':
            tokens.append(('lit', c))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format '%s'" % whole)
        key = fmt[i + 1]
        i += 2
        if key == '%':
            tokens.append(('lit', '%'))
        elif key in _STRPTIME_EXPANSIONS:
            _tokenize_strptime(_STRPTIME_EXPANSIONS[key], whole, tokens)
        elif key in _STRPTIME_KEYS:
            tokens.append(('dir', key))
        else:
            if key in _REGEX_SPECIALS or key.isspace():
                key = '%'
            raise ValueError("'%s' is a bad directive in format '%s'" % (key, whole))


class _StrptimeRegexError(Exception):
    pass


_StrptimeRegexError.__name__ = 'error'
_StrptimeRegexError.__qualname__ = 'error'
_StrptimeRegexError.__module__ = 're'


# Lengths of the regular expressions CPython's _strptime generates for each directive (it
# reports a repeated directive as a regular expression error naming a position in them).
_REGEX_LENGTHS = {'d': 41, 'f': 17, 'H': 24, 'I': 26, 'G': 15, 'j': 71, 'm': 26, 'M': 17,
                  'S': 24, 'U': 24, 'W': 24, 'w': 12, 'u': 12, 'V': 31, 'y': 11, 'Y': 15,
                  'z': 56}


def _regex_length(key):
    length = _REGEX_LENGTHS.get(key)
    if length is None:
        if key == 'Z':
            names = _timezone_names()
        else:
            names = _strptime_names(key)
        length = 7 + sum(len(name) for name in names) + len(names) - 1
    return length


def _check_group_names(tokens):
    """Raise the error CPython's regular expression compiler gives for a repeated
    directive."""
    position = 0
    group = 0
    first = {}
    for kind, value in tokens:
        if kind == 'lit':
            position += 2 if value in _REGEX_SPECIALS else 1
        elif kind == 'ws':
            position += 3
        else:
            group += 1
            if value in first:
                raise _StrptimeRegexError(
                    "redefinition of group name %r as group %d; was group %d at position %d"
                    % (value, group, first[value], position + 4))
            first[value] = group
            if value == 'z':
                group += 2
            position += _regex_length(value)


def _match_strptime(tokens, data):
    """Return ({key: text}, end) for the first way the tokens match a prefix of data."""
    spans = [None] * len(tokens)
    count = len(tokens)
    n = len(data)

    def attempt(k, i):
        while k < count:
            kind, value = tokens[k]
            if kind == 'lit':
                if i < n and _same_letter(data[i], value):
                    i += 1
                    k += 1
                    continue
                return -1
            if kind == 'ws':
                j = i
                while j < n and data[j].isspace():
                    j += 1
                if j == i:
                    return -1
                options = range(j, i, -1)
            else:
                options = _strptime_candidates(value, data, i)
            for j in options:
                spans[k] = (i, j)
                end = attempt(k + 1, j)
                if end >= 0:
                    return end
            return -1
        return i

    end = attempt(0, 0)
    if end < 0:
        return None, -1
    found = {}
    for k in range(count):
        kind, key = tokens[k]
        if kind == 'dir':
            start, stop = spans[k]
            found[key] = data[start:stop]
    return found, end


def _strptime(data, fmt):
    """Parse data with fmt following the rules of CPython's _strptime. Returns ((year, month,
    day, hour, minute, second, weekday, yday, isdst, tzname, gmtoff), microsecond,
    gmtoff_fraction)."""
    tokens = _compile_strptime(fmt)
    _check_group_names(tokens)
    found, end = _match_strptime(tokens, data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tzname = None
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_starts_monday = False
    weekday = julian = None
    isdst = -1
    for kind, key in tokens:
        if kind != 'dir':
            continue
        text = found[key]
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = _lower_index(_MONTH_NAMES, text)
        elif key == 'b':
            month = _lower_index(_MONTH_ABBRS, text)
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int(text + "0" * (6 - len(text)))
        elif key == 'A':
            weekday = _lower_index(_DAY_NAMES, text)
        elif key == 'a':
            weekday = _lower_index(_DAY_ABBRS, text)
        elif key == 'w':
            weekday = int(text)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key == 'U' or key == 'W':
            week_of_year = int(text)
            week_starts_monday = key == 'W'
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _strptime_offset(text)
        elif key == 'Z':
            tzname = text
            isdst = _zone_isdst(text.lower())

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None and week_of_year is None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            first = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
            dow = weekday
            if not week_starts_monday:
                first = (first + 1) % 7
                dow = (dow + 1) % 7
            if week_of_year == 0:
                julian = 1 + dow - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + dow
        elif iso_year is not None and iso_week is not None:
            target = _iso_week1_monday(iso_year) + 7 * (iso_week - 1) + weekday
            year = iso_year
            julian = target - _ymd_to_ordinal(year, 1, 1) + 1
            if julian < 1:
                year -= 1
                julian = target - _days_before_year(year)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = date(year, month, day).toordinal() - _days_before_year(year)
    else:
        result = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = result._year, result._month, result._day
    if weekday is None:
        weekday = (_ymd_to_ordinal(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _zone_isdst(zone):
    """time.strptime's tm_isdst for a %Z match: 0 for UTC, GMT and the standard zone name,
    1 for the daylight saving name, -1 when that cannot be told."""
    tmod = _time_module()
    standard = {"utc", "gmt", tmod.tzname[0].lower()}
    if zone in standard:
        if tmod.tzname[0] == tmod.tzname[1] and tmod.daylight and zone not in ("utc", "gmt"):
            return -1
        return 0
    if tmod.daylight and zone == tmod.tzname[1].lower():
        if tmod.tzname[0] == tmod.tzname[1]:
            return -1
        return 1
    return -1


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime(): parse a string to a time.struct_time."""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    fields = _strptime(data_string, format)[0]
    return _time_module().struct_time(fields)


def _lower_index(names, text):
    text = text.lower()
    for index, name in enumerate(names):
        if name.lower() == text:
            return index
    for index, name in enumerate(names):
        if len(name) == len(text) and all(_same_letter(a, b) for a, b in zip(name, text)):
            return index
    raise ValueError(text)


def _strptime_offset(z):
    if z == 'Z':
        return 0, 0
    original = z
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError("Inconsistent use of : in %s" % original)
            z = z[:5] + z[6:]
    hours = int(z[1:3])
    minutes = int(z[3:5])
    seconds = int(z[5:7] or 0)
    offset = hours * 3600 + minutes * 60 + seconds
    rest = z[8:]
    fraction = int(rest + "0" * (6 - len(rest)))
    if z.startswith("-"):
        return -offset, -fraction
    return offset, fraction


# ----------------------------------------------------------------------------------------------
# date

def _new_date(cls, year, month, day):
    """A date of exactly class cls without calling its constructor."""
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _date_of_class(cls, year, month, day):
    """What CPython builds for alternate constructors and arithmetic: subclasses are called
    like their constructor."""
    if cls is date:
        _check_date_fields(year, month, day)
        return _new_date(date, year, month, day)
    if cls is datetime:
        _check_date_fields(year, month, day)
        return _new_datetime(datetime, year, month, day, 0, 0, 0, 0, None, 0)
    return cls(year, month, day)


class _IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_name(self), self[0], self[1],
                                                     self[2])


_IsoCalendarDate.__name__ = 'IsoCalendarDate'
_IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


def _readonly(cls_name, attr):
    private = '_' + attr

    def getter(self):
        return getattr(self, private)

    def setter(self, value):
        raise AttributeError("attribute '%s' of 'datetime.%s' objects is not writable"
                             % (attr, cls_name))
    return property(getter, setter)


class date:
    """date(year, month, day) --> date object"""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))

    def __new__(cls, *args, **kwargs):
        if not kwargs and len(args) == 3:
            year, month, day = args
        else:
            year, month, day = _parse_args(None, ("year", "month", "day"), 3, 3, args, kwargs,
                                           _INTS3)
        year = _c_int(year)
        month = _c_int(month)
        day = _c_int(day)
        _check_date_fields(year, month, day)
        return _new_date(cls, year, month, day)

    year = _readonly('date', 'year')
    month = _readonly('date', 'month')
    day = _readonly('date', 'day')

    # alternate constructors

    @classmethod
    def today(cls, *args):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        if args:
            raise TypeError("date.today() takes no arguments (%d given)" % len(args))
        return cls.fromtimestamp(_time_module().time())

    @classmethod
    def fromtimestamp(cls, timestamp):
        """Create a date from a POSIX timestamp.

        The timestamp is a number, e.g. created via time.time(), that is interpreted as local
        time.
        """
        seconds, _ = _timestamp_parts(timestamp, rounding_floor=True)
        year, month, day = _local_fields(seconds)[:3]
        return _date_of_class(cls, year, month, day)

    @classmethod
    def fromordinal(cls, *args):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        if len(args) != 1:
            raise TypeError("fromordinal() takes exactly 1 argument (%d given)" % len(args))
        ordinal = _c_int(args[0])
        if ordinal < 1:
            raise ValueError("ordinal must be >= 1")
        if ordinal > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _year_of_ordinal(ordinal))
        year, month, day = _ordinal_to_ymd(ordinal)
        return _date_of_class(cls, year, month, day)

    @classmethod
    def fromisoformat(cls, *args):
        """str -> Construct a date from a string in ISO 8601 format."""
        date_string = _one_argument("date.fromisoformat", args)
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        b = _encode_iso(date_string)
        if b is None or len(b) not in (7, 8, 10):
            raise _invalid_iso(date_string)
        status, year, month, day = _parse_iso_date(b, len(b))
        if status < 0:
            raise _invalid_iso(date_string)
        return _date_of_class(cls, year, month, day)

    @classmethod
    def fromisocalendar(cls, *args, **kwargs):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

        This is the inverse of the date.isocalendar() function"""
        year, week, day = _parse_args("fromisocalendar", ("year", "week", "day"), 3, 3, args,
                                      kwargs, _INTS3)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if week <= 0 or week >= 53:
            if week != 53 or _weeks_in_iso_year(year) != 53:
                raise ValueError("Invalid week: %d" % week)
        if day <= 0 or day >= 8:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        if ordinal > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _year_of_ordinal(ordinal))
        y, m, d = _ordinal_to_ymd(ordinal)
        return _date_of_class(cls, y, m, d)

    # formatting

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        weekday = (self.toordinal() + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_ABBRS[weekday], _MONTH_ABBRS[self._month],
                                            self._day, self._year)

    def _fields(self):
        weekday = (_ymd_to_ordinal(self._year, self._month, self._day) + 6) % 7
        yday = _days_before_month(self._year, self._month) + self._day
        return _Fields(self._year, self._month, self._day, 0, 0, 0, weekday, yday, -1)

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        format = _format_argument(args, kwargs)
        return _strftime(format, self._fields(), _empty, _empty, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _type_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # queries

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        f = self._fields()
        return _time_module().struct_time((f.year, f.month, f.day, 0, 0, 0, f.weekday,
                                           f.yday, -1))

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
        Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
        Monday == 1 ... Sunday == 7"""
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return _IsoCalendarDate(*_iso_calendar(self._year, self.toordinal()))

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        year, month, day = _parse_args("replace", ("year", "month", "day"), 3, 0, args, kwargs,
                                       _INTS3)
        year = self._year if year is _MISSING else year
        month = self._month if month is _MISSING else month
        day = self._day if day is _MISSING else day
        _check_date_fields(year, month, day)
        return _new_date(type(self), year, month, day)

    # comparisons: a date never equals a datetime

    def _cmp_key(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and \
                not isinstance(self, datetime):
            return ((self._year, self._month, self._day),
                    (other._year, other._month, other._day))
        return None

    def __eq__(self, other):
        keys = self._cmp_key(other)
        if keys is None:
            return NotImplemented
        return keys[0] == keys[1]

    def __ne__(self, other):
        keys = self._cmp_key(other)
        if keys is None:
            return NotImplemented
        return keys[0] != keys[1]

    def __lt__(self, other):
        keys = self._cmp_key(other)
        if keys is None:
            if isinstance(other, date):
                return NotImplemented
            return _cannot_order('<', self, other)
        return keys[0] < keys[1]

    def __le__(self, other):
        keys = self._cmp_key(other)
        if keys is None:
            if isinstance(other, date):
                return NotImplemented
            return _cannot_order('<=', self, other)
        return keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._cmp_key(other)
        if keys is None:
            if isinstance(other, date):
                return NotImplemented
            return _cannot_order('>', self, other)
        return keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._cmp_key(other)
        if keys is None:
            if isinstance(other, date):
                return NotImplemented
            return _cannot_order('>=', self, other)
        return keys[0] >= keys[1]

    def __hash__(self):
        if self._hashcode == -1:
            # CPython hashes the packed representation, as bytes
            year = self._year
            self._hashcode = hash(bytes((year >> 8, year & 255, self._month, self._day)))
        return self._hashcode

    # arithmetic

    def _plus_days(self, days):
        ordinal = self.toordinal() + days
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _ordinal_to_ymd(ordinal)
        return _date_of_class(type(self), year, month, day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(other._days)
        if _could_handle(other, '__radd__'):
            return NotImplemented
        raise _unsupported('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(other._days)
        raise _unsupported('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            days = self.toordinal() - other.toordinal()
            return _delta_from_us(days * _US_PER_DAY)
        if _could_handle(other, '__rsub__'):
            return NotImplemented
        raise _unsupported('-', self, other)

    def __rsub__(self, other):
        raise _unsupported('-', other, self)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


def _empty():
    return ""


def _add_raisers(cls, symbols):
    """Give cls the binary operators it lacks, so errors name 'datetime.<class>'."""
    table = {'*': ('__mul__', '__rmul__'), '/': ('__truediv__', '__rtruediv__'),
             '//': ('__floordiv__', '__rfloordiv__'), '%': ('__mod__', '__rmod__'),
             '+': ('__add__', '__radd__'), '-': ('__sub__', '__rsub__'),
             '** or pow()': ('__pow__', '__rpow__'), 'divmod()': ('__divmod__', '__rdivmod__'),
             '@': ('__matmul__', '__rmatmul__')}
    for symbol in symbols:
        forward, reflected = table[symbol]

        def make(symbol, reflected):
            def fwd(self, other, *modulo):
                if _could_handle(other, reflected):
                    return NotImplemented
                raise _unsupported(symbol, self, other)

            def rev(self, other, *modulo):
                raise _unsupported(symbol, other, self)
            return fwd, rev
        fwd, rev = make(symbol, reflected)
        fwd.__name__ = forward
        rev.__name__ = reflected
        setattr(cls, forward, fwd)
        setattr(cls, reflected, rev)


def _add_unary_raisers(cls, qualified):
    def neg(self):
        raise TypeError("bad operand type for unary -: '%s'" % qualified)

    def pos(self):
        raise TypeError("bad operand type for unary +: '%s'" % qualified)

    def absolute(self):
        raise TypeError("bad operand type for abs(): '%s'" % qualified)

    def invert(self):
        raise TypeError("bad operand type for unary ~: '%s'" % qualified)
    cls.__neg__ = neg
    cls.__pos__ = pos
    cls.__abs__ = absolute
    cls.__invert__ = invert


_add_raisers(date, ('*', '/', '//', '%', '** or pow()', 'divmod()', '@'))
_add_unary_raisers(date, 'datetime.date')


# ----------------------------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West
        of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = _check_offset(self.utcoffset(dt), "utcoffset")
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset(self.dst(dt), "dst")
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = offset - dst
        if delta:
            dt = dt + delta
            dst = _check_offset(self.dst(dt), "dst")
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __format__(self, format_spec):
        if not isinstance(format_spec, str):
            raise TypeError("__format__() argument must be str, not %s"
                            % _type_name(format_spec))
        if format_spec:
            raise TypeError("unsupported format string passed to %s.__format__"
                            % _type_name(self))
        return str(self)

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


def _check_dt_arg(dt, method):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                        % (method, _type_name(dt)))


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, *args, **kwargs):
        if len(args) == 1 and not kwargs:
            offset = args[0]
            name = _MISSING
        else:
            offset, name = _parse_args("timezone", ("offset", "name"), 2, 1, args, kwargs)
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _type_name(offset))
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % ("None" if name is None else _type_name(name)))
        if name is None and not offset and _UTC is not None:
            return _UTC
        if not -_US_PER_DAY < offset._total_us() < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        return _new_timezone(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __lt__(self, other):
        return _cannot_order('<', self, other)

    def __le__(self, other):
        return _cannot_order('<=', self, other)

    def __gt__(self, other):
        return _cannot_order('>', self, other)

    def __ge__(self, other):
        return _cannot_order('>=', self, other)

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        """Return fixed offset."""
        _check_dt_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise
        returns offset as 'UTC(+|-)HH:MM'."""
        _check_dt_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def dst(self, dt):
        """Return None."""
        _check_dt_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


def _new_timezone(offset, name):
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


_UTC = None
_UTC = _new_timezone(timedelta(0), None)
timezone.utc = _UTC
timezone.min = _new_timezone(timedelta(hours=-23, minutes=-59), None)
timezone.max = _new_timezone(timedelta(hours=23, minutes=59), None)
UTC = _UTC


# ----------------------------------------------------------------------------------------------
# time

def _new_time(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


_TIME_NAMES = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

    All arguments are optional. tzinfo may be None, or an instance of a tzinfo subclass. The
    remaining arguments may be ints.
    """
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) > 4:
            values = _parse_args(None, _TIME_NAMES, 5, 0, args, kwargs, _TIME_CONVERT)
        else:
            values = list(args) + [_MISSING] * (6 - len(args))
        hour, minute, second, microsecond, tz, fold = values
        hour = 0 if hour is _MISSING else _c_int(hour)
        minute = 0 if minute is _MISSING else _c_int(minute)
        second = 0 if second is _MISSING else _c_int(second)
        microsecond = 0 if microsecond is _MISSING else _c_int(microsecond)
        tz = None if tz is _MISSING else tz
        fold = 0 if fold is _MISSING else _c_int(fold)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_time(cls, hour, minute, second, microsecond, tz, fold)

    hour = _readonly('time', 'hour')
    minute = _readonly('time', 'minute')
    second = _readonly('time', 'second')
    microsecond = _readonly('time', 'microsecond')
    tzinfo = _readonly('time', 'tzinfo')
    fold = _readonly('time', 'fold')

    @classmethod
    def fromisoformat(cls, *args):
        """string -> time from a string in ISO 8601 format"""
        time_string = _one_argument("time.fromisoformat", args)
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        b = _encode_iso(time_string)
        if b is None:
            raise _invalid_iso(time_string)
        start = 1 if _byte(b, 0) == 84 else 0      # a leading 'T'
        status, hour, minute, second, micro, tzs, tzus = _parse_iso_time(b, start, len(b))
        if status < 0:
            raise _invalid_iso(time_string)
        tz = _iso_tzinfo(status, tzs, tzus)
        if cls is time:
            _check_time_fields(hour, minute, second, micro, 0)
            return _new_time(time, hour, minute, second, micro, tz, 0)
        return cls(hour, minute, second, micro, tz)

    def __repr__(self):
        if self._microsecond:
            text = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                       self._microsecond)
        elif self._second:
            text = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            text = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return "%s(%s)" % (_type_name(self), text)

    def isoformat(self, *args, **kwargs):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

        The optional argument timespec specifies the number of additional terms of the
        time to include. Valid options are 'auto', 'hours', 'minutes', 'seconds',
        'milliseconds' and 'microseconds'.
        """
        timespec = 'auto'
        if args or kwargs:
            timespec, = _parse_args("isoformat", ("timespec",), 1, 0, args, kwargs)
            if timespec is _MISSING:
                timespec = 'auto'
        text = _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec, 1)
        return text + _format_offset(_call_utcoffset(self._tzinfo, None), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        format = _format_argument(args, kwargs)
        fields = _Fields(1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        tz = self._tzinfo
        return _strftime(format, fields,
                         lambda: _format_offset(_call_utcoffset(tz, None), ""),
                         lambda: _call_tzname(tz, None) or "",
                         self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _type_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_utcoffset(self._tzinfo, None)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _call_dst(self._tzinfo, None)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        values = _parse_args("replace", _TIME_NAMES, 5, 0, args, kwargs, _TIME_CONVERT)
        hour, minute, second, microsecond, tz, fold = values
        hour = self._hour if hour is _MISSING else hour
        minute = self._minute if minute is _MISSING else minute
        second = self._second if second is _MISSING else second
        microsecond = self._microsecond if microsecond is _MISSING else microsecond
        tz = self._tzinfo if tz is _MISSING else tz
        fold = self._fold if fold is _MISSING else fold
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_time(type(self), hour, minute, second, microsecond, tz, fold)

    # comparisons

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + \
            self._microsecond

    def _compare(self, other, symbol):
        """-1, 0 or 1; None when unequal because one is naive and the other aware."""
        if self._tzinfo is other._tzinfo:
            a = self._us_of_day()
            b = other._us_of_day()
        else:
            offset1 = self.utcoffset()
            offset2 = other.utcoffset()
            if (offset1 is None) != (offset2 is None):
                if symbol is None:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            a = self._us_of_day()
            b = other._us_of_day()
            if offset1 is not None:
                a -= offset1._total_us()
                b -= offset2._total_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, None) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, None) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, '<') < 0
        return _cannot_order('<', self, other)

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, '<=') <= 0
        return _cannot_order('<=', self, other)

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, '>') > 0
        return _cannot_order('>', self, other)

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, '>=') >= 0
        return _cannot_order('>=', self, other)

    def __hash__(self):
        if self._hashcode == -1:
            if self._fold:
                probe = _new_time(time, self._hour, self._minute, self._second,
                                  self._microsecond, self._tzinfo, 0)
            else:
                probe = self
            offset = probe.utcoffset()
            if offset is None:
                micro = self._microsecond
                self._hashcode = hash(bytes((self._hour, self._minute, self._second,
                                             micro >> 16, (micro >> 8) & 255, micro & 255)))
            else:
                self._hashcode = _delta_hash(self._us_of_day() - offset._total_us())
        return self._hashcode

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)
        if self._fold:
            return (_with_fold, (type(self), args))
        return (type(self), args)


def _with_fold(cls, args):
    return cls(*args, fold=1)


_add_raisers(time, ('+', '-', '*', '/', '//', '%', '** or pow()', 'divmod()', '@'))
_add_unary_raisers(time, 'datetime.time')

time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ----------------------------------------------------------------------------------------------
# datetime

def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    self._ticks = -1
    return self


def _datetime_of_class(cls, year, month, day, hour, minute, second, microsecond, tz,
                       fold=0):
    if cls is datetime:
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        return _new_datetime(datetime, year, month, day, hour, minute, second,
                             microsecond, tz, fold)
    return cls(year, month, day, hour, minute, second, microsecond, tz)


_DATETIME_NAMES = ("year", "month", "day", "hour", "minute", "second", "microsecond",
                   "tzinfo", "fold")


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an instance of a
    tzinfo subclass. The remaining arguments may be ints.
    """
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_ticks')

    def __new__(cls, *args, **kwargs):
        if kwargs or not 3 <= len(args) <= 7:
            values = _parse_args(None, _DATETIME_NAMES, 8, 3, args, kwargs, _DATETIME_CONVERT)
        else:
            values = list(args) + [_MISSING] * (9 - len(args))
        year, month, day, hour, minute, second, microsecond, tz, fold = values
        year = _c_int(year)
        month = _c_int(month)
        day = _c_int(day)
        hour = 0 if hour is _MISSING else _c_int(hour)
        minute = 0 if minute is _MISSING else _c_int(minute)
        second = 0 if second is _MISSING else _c_int(second)
        microsecond = 0 if microsecond is _MISSING else _c_int(microsecond)
        tz = None if tz is _MISSING else tz
        fold = 0 if fold is _MISSING else _c_int(fold)
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz,
                             fold)

    hour = _readonly('datetime', 'hour')
    minute = _readonly('datetime', 'minute')
    second = _readonly('datetime', 'second')
    microsecond = _readonly('datetime', 'microsecond')
    tzinfo = _readonly('datetime', 'tzinfo')
    fold = _readonly('datetime', 'fold')

    # alternate constructors

    @classmethod
    def _from_posix(cls, seconds, micro, tz, utc):
        if utc or tz is not None:
            year, month, day, hour, minute, second = _utc_fields(seconds)
        else:
            year, month, day, hour, minute, second = _local_fields(seconds)
        fold = 0
        if tz is None and not utc:
            # detect whether this wall time repeats (PEP 495 fold)
            wall = _ymdhms_to_seconds(year, month, day, hour, minute, second)
            probe = seconds - 86400
            earlier_offset = _local_offset(probe)
            transition = (wall - seconds) - earlier_offset
            if transition < 0:
                candidate = seconds + transition
                if _local_offset(candidate) + candidate == wall:
                    fold = 1
        if cls is datetime:
            _check_date_fields(year, month, day)
            result = _new_datetime(datetime, year, month, day, hour, minute, second, micro,
                                   tz, fold)
        else:
            result = cls(year, month, day, hour, minute, second, micro, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        if len(args) == 1 and not kwargs:
            timestamp = args[0]
            tz = None
        else:
            timestamp, tz = _parse_args("fromtimestamp", ("timestamp", "tz"), 2, 1, args,
                                        kwargs)
            if tz is _MISSING:
                tz = None
        _check_tzinfo_arg(tz)
        seconds, micro = _timestamp_parts(timestamp)
        return cls._from_posix(seconds, micro, tz, False)

    @classmethod
    def utcfromtimestamp(cls, *args):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        if len(args) != 1:
            raise TypeError("utcfromtimestamp() takes exactly 1 argument (%d given)"
                            % len(args))
        seconds, micro = _timestamp_parts(args[0])
        return cls._from_posix(seconds, micro, None, True)

    @classmethod
    def now(cls, *args, **kwargs):
        """Returns new datetime object representing current time local to tz.

          tz
            Timezone object.

        If no tz is specified, uses local timezone.
        """
        tz = None
        if args or kwargs:
            tz, = _parse_args("now", ("tz",), 1, 0, args, kwargs)
            if tz is _MISSING:
                tz = None
        _check_tzinfo_arg(tz)
        seconds, micro = _current_time_parts()
        return cls._from_posix(seconds, micro, tz, False)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        seconds, micro = _current_time_parts()
        return cls._from_posix(seconds, micro, None, True)

    @classmethod
    def combine(cls, *args, **kwargs):
        """date, time -> datetime with same date and time fields"""
        if len(args) == 2 and not kwargs:
            d, t = args
            tz = _MISSING
        else:
            d, t, tz = _parse_args("combine", ("date", "time", "tzinfo"), 3, 2, args, kwargs)
        if not isinstance(d, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _type_name(d))
        if not isinstance(t, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _type_name(t))
        if tz is _MISSING:
            tz = t._tzinfo
        else:
            _check_tzinfo_arg(tz)
        return _datetime_of_class(cls, d._year, d._month, d._day, t._hour, t._minute,
                                  t._second, t._microsecond, tz, t._fold)

    @classmethod
    def fromisoformat(cls, *args):
        """string -> datetime from a string in most ISO 8601 formats"""
        date_string = _one_argument("datetime.fromisoformat", args)
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise _invalid_iso(date_string)
        text = date_string
        for pos in (7, 8, 10):
            if pos >= len(text):
                break
            if 0xD800 <= ord(text[pos]) <= 0xDFFF:
                text = text[:pos] + 'T' + text[pos + 1:]
                break
        b = _encode_iso(text)
        if b is None:
            raise _invalid_iso(date_string)
        length = len(b)
        separator = _find_iso_separator(b, length)
        if separator < 0:
            raise _invalid_iso(date_string)
        status, year, month, day = _parse_iso_date(b, separator)
        hour = minute = second = micro = tzs = tzus = 0
        if status == 0 and length > separator:
            p = separator
            lead = b[p]
            if lead < 0x80:
                p += 1
            elif lead & 0xF0 == 0xE0:
                p += 3
            elif lead & 0xF0 == 0xF0:
                p += 4
            else:
                p += 2
            status, hour, minute, second, micro, tzs, tzus = _parse_iso_time(b, p, length)
        if status < 0:
            raise _invalid_iso(date_string)
        tz = _iso_tzinfo(status, tzs, tzus)
        return _datetime_of_class(cls, year, month, day, hour, minute, second, micro, tz)

    @classmethod
    def strptime(cls, *args, **kwargs):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if kwargs:
            raise TypeError("strptime() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        date_string, format = args
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % _type_name(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s"
                            % _type_name(format))
        fields, fraction, gmtoff_fraction = _strptime(date_string, format)
        tzname = fields[9]
        gmtoff = fields[10]
        args = fields[:6] + (fraction,)
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            if tzname:
                tz = timezone(delta, tzname)
            else:
                tz = timezone(delta)
            args += (tz,)
        return cls(*args)

    # views

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond,
                         None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_utcoffset(self._tzinfo, self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _call_dst(self._tzinfo, self)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def _isdst_flag(self):
        dst = self.dst()
        if dst is None:
            return -1
        return 1 if dst else 0

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        isdst = self._isdst_flag()
        f = self._fields()
        return _time_module().struct_time((f.year, f.month, f.day, self._hour, self._minute,
                                           self._second, f.weekday, f.yday, isdst))

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        value = self
        if offset is not None:
            value = self._shifted(-offset._total_us(), datetime)
        f = _Fields(value._year, value._month, value._day, 0, 0, 0,
                    (_ymd_to_ordinal(value._year, value._month, value._day) + 6) % 7,
                    _days_before_month(value._year, value._month) + value._day, 0)
        return _time_module().struct_time((f.year, f.month, f.day, value._hour,
                                           value._minute, value._second, f.weekday, f.yday,
                                           0))

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            seconds = _local_to_posix(self._year, self._month, self._day, self._hour,
                                      self._minute, self._second, self._fold)
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        values = _parse_args("replace", _DATETIME_NAMES, 8, 0, args, kwargs, _DATETIME_CONVERT)
        year, month, day, hour, minute, second, microsecond, tz, fold = values
        year = self._year if year is _MISSING else year
        month = self._month if month is _MISSING else month
        day = self._day if day is _MISSING else day
        hour = self._hour if hour is _MISSING else hour
        minute = self._minute if minute is _MISSING else minute
        second = self._second if second is _MISSING else second
        microsecond = self._microsecond if microsecond is _MISSING else microsecond
        tz = self._tzinfo if tz is _MISSING else tz
        fold = self._fold if fold is _MISSING else fold
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tz)
        return _new_datetime(type(self), year, month, day, hour, minute, second,
                             microsecond, tz, fold)

    def _local_timezone(self):
        seconds = _local_to_posix(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self._fold)
        return _local_timezone_at(seconds)

    def astimezone(self, *args, **kwargs):
        """tz -> convert to local time in new timezone tz"""
        tz = None
        if args or kwargs:
            tz, = _parse_args("astimezone", ("tz",), 1, 0, args, kwargs)
            if tz is _MISSING:
                tz = None
        _check_tzinfo_arg(tz)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            if mytz is tz:
                return self
            offset = _call_utcoffset(mytz, self)
        if offset is None:
            mytz = self._local_timezone()
            if mytz is tz:
                return self
            offset = mytz.utcoffset(self)
        utc = self - offset
        if utc._tzinfo is None:
            utc = _new_datetime(type(utc), utc._year, utc._month, utc._day, utc._hour,
                                utc._minute, utc._second, utc._microsecond, _UTC, utc._fold)
        else:
            utc._tzinfo = _UTC
            utc._hashcode = -1
        if tz is None:
            stamp = _ymdhms_to_seconds(utc._year, utc._month, utc._day, utc._hour,
                                       utc._minute, utc._second)
            tz = _local_timezone_at(stamp)
        utc._tzinfo = tz
        return tz.fromutc(utc)

    # formatting

    def ctime(self):
        """Return ctime() style string."""
        weekday = (self.toordinal() + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBRS[weekday], _MONTH_ABBRS[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, *args, **kwargs):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
        sep is used to separate the year from the time, and defaults to 'T'.
        The optional argument timespec specifies the number of additional terms
        of the time to include. Valid options are 'auto', 'hours', 'minutes',
        'seconds', 'milliseconds' and 'microseconds'.
        """
        sep = 'T'
        timespec = 'auto'
        if args or kwargs:
            sep, timespec = _parse_args("isoformat", ("sep", "timespec"), 2, 0, args, kwargs)
            if sep is _MISSING:
                sep = 'T'
            if timespec is _MISSING:
                timespec = 'auto'
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _type_name(sep))
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond,
                             timespec, 2)
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        if self._microsecond:
            text = "%d, %d, %d, %d, %d, %d, %d" % (
                self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)
        elif self._second:
            text = "%d, %d, %d, %d, %d, %d" % (self._year, self._month, self._day,
                                               self._hour, self._minute, self._second)
        else:
            text = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour,
                                           self._minute)
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_type_name(self), text)

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        format = _format_argument(args, kwargs)
        isdst = self._isdst_flag() if self._tzinfo is not None else -1
        f = self._fields()
        f.hour = self._hour
        f.minute = self._minute
        f.second = self._second
        f.isdst = isdst
        return _strftime(format, f,
                         lambda: _format_offset(self.utcoffset(), ""),
                         lambda: self.tzname() or "",
                         self._microsecond)

    # arithmetic

    def _us_since_epoch0(self):
        """The wall-clock fields as microseconds, counting from the start of ordinal day 0
        (cached)."""
        ticks = self._ticks
        if ticks < 0:
            days = _ymd_to_ordinal(self._year, self._month, self._day)
            seconds = (self._hour * 60 + self._minute) * 60 + self._second
            ticks = (days * 86400 + seconds) * _US_PER_SECOND + self._microsecond
            self._ticks = ticks
        return ticks

    def _shifted(self, us, cls):
        """The wall-clock fields moved by `us` microseconds, as class cls; fold is reset."""
        total = self._us_since_epoch0() + us
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _ordinal_to_ymd(days)
        seconds, micro = divmod(rest, _US_PER_SECOND)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return _datetime_of_class(cls, year, month, day, hour, minute, second, micro,
                                  self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._total_us(), type(self))
        if _could_handle(other, '__radd__'):
            return NotImplemented
        raise _unsupported('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._total_us(), type(self))
        raise _unsupported('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(-other._total_us(), type(self))
        if isinstance(other, datetime):
            difference = self._us_since_epoch0() - other._us_since_epoch0()
            if self._tzinfo is not other._tzinfo:
                offset1 = self.utcoffset()
                offset2 = other.utcoffset()
                if (offset1 is None) != (offset2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if offset1 is not None:
                    difference -= offset1._total_us() - offset2._total_us()
            return _delta_from_us(difference)
        if _could_handle(other, '__rsub__'):
            return NotImplemented
        raise _unsupported('-', self, other)

    def __rsub__(self, other):
        raise _unsupported('-', other, self)

    # comparisons

    def _fold_sensitive(self, offset):
        """Whether the utcoffset changes when fold is flipped (PEP 495 exception)."""
        flipped = _new_datetime(datetime, self._year, self._month, self._day, self._hour,
                                self._minute, self._second, self._microsecond, self._tzinfo,
                                1 - self._fold)
        other_offset = flipped.utcoffset()
        return other_offset != offset

    def _compare(self, other, symbol):
        """-1, 0 or 1; None for == between naive and aware, or PEP 495 interzone
        exceptions."""
        a = self._us_since_epoch0()
        b = other._us_since_epoch0()
        if self._tzinfo is other._tzinfo:
            return (a > b) - (a < b)
        offset1 = self.utcoffset()
        offset2 = other.utcoffset()
        if (offset1 is None) != (offset2 is None):
            if symbol is None:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if offset1 is not None:
            a -= offset1._total_us()
            b -= offset2._total_us()
        result = (a > b) - (a < b)
        if result == 0 and symbol is None and offset1 is not None:
            if self._fold_sensitive(offset1) or other._fold_sensitive(offset2):
                return None
        return result

    def _not_datetime(self, other, symbol):
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return _cannot_order(symbol, self, other)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, None) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, None) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, '<') < 0
        return self._not_datetime(other, '<')

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, '<=') <= 0
        return self._not_datetime(other, '<=')

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, '>') > 0
        return self._not_datetime(other, '>')

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, '>=') >= 0
        return self._not_datetime(other, '>=')

    def __hash__(self):
        if self._hashcode == -1:
            if self._fold:
                probe = _new_datetime(datetime, self._year, self._month, self._day,
                                      self._hour, self._minute, self._second,
                                      self._microsecond, self._tzinfo, 0)
            else:
                probe = self
            offset = probe.utcoffset()
            if offset is None:
                year = self._year
                micro = self._microsecond
                self._hashcode = hash(bytes((year >> 8, year & 255, self._month, self._day,
                                             self._hour, self._minute, self._second,
                                             micro >> 16, (micro >> 8) & 255, micro & 255)))
            else:
                self._hashcode = _delta_hash(self._us_since_epoch0() - offset._total_us())
        return self._hashcode

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond, self._tzinfo)
        if self._fold:
            return (_with_fold, (type(self), args))
        return (type(self), args)


_add_raisers(datetime, ('*', '/', '//', '%', '** or pow()', 'divmod()', '@'))
_add_unary_raisers(datetime, 'datetime.datetime')
_add_raisers(timedelta, ('@',))

date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _delta_from_us(_US_PER_DAY)
datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta.resolution

_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)

for _cls in (date, datetime, time, timedelta, tzinfo, timezone, _IsoCalendarDate):
    _QUALIFIED_NAMES[_cls] = "datetime." + _cls.__name__
del _cls
