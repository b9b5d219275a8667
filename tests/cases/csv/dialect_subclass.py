"""Subclassing csv.Dialect: validation on instantiation and the csv.Error messages."""
import csv


def attempt(cls):
    try:
        d = cls()
        print(cls.__name__, "ok", d._valid if hasattr(d, "_valid") else "-")
    except Exception as e:
        print(cls.__name__, type(e).__name__ + ":", e)


class Good(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


class NoDelimiter(csv.Dialect):
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


class NoLineterminator(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    quoting = csv.QUOTE_MINIMAL


class NoQuoting(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    lineterminator = "\n"


class LongDelimiter(Good):
    delimiter = ";;"


class BadQuoting(Good):
    quoting = 42


class QuotecharNone(Good):
    quotechar = None


class QuotecharNoneQuoteNone(Good):
    quotechar = None
    quoting = csv.QUOTE_NONE


class IntDelimiter(Good):
    delimiter = 4


class SpaceDelimiterSkip(Good):
    delimiter = " "
    skipinitialspace = True


class EscapeSameAsDelimiter(Good):
    escapechar = ","


for cls in [Good, NoDelimiter, NoLineterminator, NoQuoting, LongDelimiter, BadQuoting,
            QuotecharNone, QuotecharNoneQuoteNone, IntDelimiter, SpaceDelimiterSkip,
            EscapeSameAsDelimiter]:
    attempt(cls)

try:
    csv.Dialect()
except Exception as e:
    print("Dialect()", type(e).__name__ + ":", e)
print(csv.Dialect.delimiter, csv.Dialect.quoting, csv.Dialect._valid)
print(csv.excel._valid, csv.excel()._valid, Good()._valid)
print(issubclass(csv.excel, csv.Dialect), issubclass(csv.unix_dialect, csv.Dialect))
print(isinstance(csv.excel(), csv.Dialect))
# an invalid subclass is still usable as a class attribute holder in reader() (checked there)
try:
    csv.reader([], LongDelimiter)
except Exception as e:
    print("reader", type(e).__name__ + ":", e)
