"""CSV files: reader and writer (native, from `_csv`), dialects, DictReader/DictWriter that map
rows to dicts, and Sniffer, which guesses a file's dialect and whether it has a header."""

from _csv import (Error, __version__, writer, reader, register_dialect, unregister_dialect,
                  get_dialect, list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect',
           '__version__', 'DictReader', 'DictWriter', 'unix_dialect']


class Dialect:
    """Describes a CSV format; subclass it and set the attributes. Instantiating checks them."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Reads rows as dicts keyed by the header row (or `fieldnames`); extra values go in a list
    under `restkey`, missing ones are `restval`."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # the header is read on first use
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # skip blank rows
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in `fieldnames` order; `extrasaction` says what to do with keys
    that are not field names ('raise' or 'ignore')."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a CSV sample (sniff) and whether its first row is a header
    (has_header)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing `sample`."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Look for quoted fields: a quote char right after a delimiter (or line start) and
        right before a delimiter (or line end). The most frequent quote/delimiter wins."""
        quotes = {}
        delims = {}
        spaces = 0
        lines = data.split('\n')
        for line in lines:
            n = len(line)
            for q in ('"', "'"):
                i = 0
                while True:
                    start = line.find(q, i)
                    if start < 0:
                        break
                    end = line.find(q, start + 1)
                    if end < 0:
                        break
                    before = line[start - 1] if start > 0 else None
                    j = start - 1
                    space_before = False
                    if before == ' ':
                        k = j
                        while k >= 0 and line[k] == ' ':
                            k -= 1
                        before = line[k] if k >= 0 else None
                        space_before = True
                    after = line[end + 1] if end + 1 < n else None
                    ok_before = before is None or (not before.isalnum() and before not in '"\'')
                    ok_after = after is None or (not after.isalnum() and after not in '"\'')
                    if ok_before and ok_after:
                        quotes[q] = quotes.get(q, 0) + 1
                        for d in (before, after):
                            if d is not None and d not in ' \r' and (delimiters is None or d in delimiters):
                                delims[d] = delims.get(d, 0) + 1
                        if space_before:
                            spaces += 1
                    i = end + 1
        if not quotes:
            return ('', False, None, 0)
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        doublequote = (quotechar * 2) in data
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """The character whose per-line count is the most consistent: lines are examined ten
        at a time; for each character, its most common per-line count (the mode) is weighed
        by how many lines agree with it, and the candidates whose agreement ratio clears a
        threshold (lowered from 1.0 towards 0.9) are kept."""
        rows = [line for line in data.split('\n') if line]
        if not rows:
            return ('', 0)
        step = min(10, len(rows))
        counts = {}          # char -> {count per line: number of lines}
        best = {}            # char -> (mode, lines agreeing minus the others)
        found = {}
        seen = 0
        for first in range(0, len(rows), step):
            block = rows[first:first + step]
            seen += 1
            for line in block:
                for code in range(127):
                    ch = chr(code)
                    table = counts.setdefault(ch, {})
                    n = line.count(ch)
                    table[n] = table.get(n, 0) + 1
            for ch, table in counts.items():
                pairs = list(table.items())
                if len(pairs) == 1:
                    if pairs[0][0] == 0:
                        continue
                    best[ch] = pairs[0]
                    continue
                top = max(pairs, key=lambda p: p[1])
                rest = sum(p[1] for p in pairs if p is not top)
                best[ch] = (top[0], top[1] - rest)
            lines_seen = float(min(step * seen, len(rows)))
            ratio = 1.0
            while not found and ratio >= 0.9:
                for ch, (mode, weight) in best.items():
                    if mode > 0 and weight > 0 and weight / lines_seen >= ratio \
                            and (delimiters is None or ch in delimiters):
                        found[ch] = (mode, weight)
                ratio -= 0.01
            if len(found) == 1:
                only = next(iter(found))
                return (only, rows[0].count(only) == rows[0].count(only + ' '))
        if not found:
            return ('', 0)
        if len(found) > 1:
            for ch in self.preferred:
                if ch in found:
                    return (ch, rows[0].count(ch) == rows[0].count(ch + ' '))
        ranked = sorted((v, k) for k, v in found.items())
        winner = ranked[-1][1]
        return (winner, rows[0].count(winner) == rows[0].count(winner + ' '))

    def has_header(self, sample):
        """Whether the first row of `sample` looks like a header: for each column, the rows
        after it (up to about twenty) are classified as numbers (anything complex() accepts)
        or by their length; columns without one consistent kind are ignored, and each header
        cell that does not fit its column's kind is a vote for a header."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        examined = 0
        for row in rows:
            if examined > 20:
                break
            examined += 1
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                fits = len(header[col]) == kind
            else:
                try:
                    kind(header[col])
                    fits = True
                except (ValueError, TypeError):
                    fits = False
            votes += -1 if fits else 1
        return votes > 0
