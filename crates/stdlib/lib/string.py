"""A collection of string constants, capwords(), and the Template and Formatter classes.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using capitalize, and
    join the capitalized words using join. If the optional second argument sep is absent or
    None, runs of whitespace characters are replaced by a single space and leading and
    trailing whitespace are removed, otherwise sep is used to split and join the words.
    """
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


####################################################################
# Template: $-substitutions
####################################################################

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


def _scan_identifier(text, pos):
    """Return the end of the ASCII identifier starting at pos (pos itself if there is none)."""
    n = len(text)
    if pos < n and text[pos] in _ID_START:
        pos += 1
        while pos < n and text[pos] in _ID_CHARS:
            pos += 1
    return pos


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield (start, end, kind, name, invalid_at) for every placeholder in the template,
        where kind is 'escaped', 'named', 'braced' or 'invalid' and invalid_at is where an
        invalid placeholder starts (just after the delimiter)."""
        cls = type(self)
        if (cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None
                or getattr(cls, 'pattern', None) is not None or 'flags' in cls.__dict__):
            yield from self._regex_placeholders()
            return
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        pos = 0
        while True:
            start = text.find(delim, pos)
            if start < 0 or not delim:
                return
            after = start + dlen
            if text.startswith(delim, after):
                pos = after + dlen
                yield start, pos, 'escaped', None, None
                continue
            end = _scan_identifier(text, after)
            if end > after:
                pos = end
                yield start, end, 'named', text[after:end], None
                continue
            if text.startswith('{', after):
                end = _scan_identifier(text, after + 1)
                if end > after + 1 and text.startswith('}', end):
                    pos = end + 1
                    yield start, pos, 'braced', text[after + 1:end], None
                    continue
            pos = after
            yield start, after, 'invalid', None, after

    def _regex_placeholders(self):
        # Subclasses that customise idpattern, braceidpattern, flags or pattern need real
        # regular expressions.
        try:
            import re
        except ImportError:
            raise NotImplementedError(
                'Template subclasses with custom patterns need the re module') from None
        cls = type(self)
        pattern = getattr(cls, 'pattern', None)
        if pattern is None:
            delim = re.escape(cls.delimiter)
            bid = cls.braceidpattern or cls.idpattern
            source = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{cls.idpattern})|'
                      f'{{(?P<braced>{bid})}}|(?P<invalid>))')
            flags = getattr(cls, 'flags', re.IGNORECASE)
            pattern = re.compile(source, flags | re.VERBOSE)
        elif isinstance(pattern, str):
            pattern = re.compile(pattern)
        for mo in pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                yield mo.start(), mo.end(), 'named', named, None
            elif mo.group('escaped') is not None:
                yield mo.start(), mo.end(), 'escaped', None, None
            elif mo.group('invalid') is not None:
                yield mo.start(), mo.end(), 'invalid', None, mo.start('invalid')
            else:
                raise ValueError('Unrecognized named group in pattern', pattern)

    def _invalid(self, start):
        # start is where the invalid placeholder begins, just after the delimiter
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        out = []
        pos = 0
        text = self.template
        for start, end, kind, name, invalid_at in self._placeholders():
            out.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(invalid_at)
            else:
                out.append(str(mapping[name]))
        out.append(text[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        out = []
        pos = 0
        text = self.template
        for start, end, kind, name, invalid_at in self._placeholders():
            out.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(text[start:end])
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
        out.append(text[pos:])
        return ''.join(out)

    def is_valid(self):
        for _, _, kind, _, _ in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, _, kind, name, _ in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


####################################################################
# Formatter: the str.format() machinery, overridable piece by piece
####################################################################

def _parse_format(text):
    """Split a format string into (literal_text, field_name, format_spec, conversion)
    tuples, raising the same ValueErrors as str.format()."""
    n = len(text)
    pos = 0
    while pos < n:
        # Literal text up to the next brace; a doubled brace ends the literal with one brace.
        literal_start = pos
        field_follows = False
        while pos < n:
            c = text[pos]
            if c == '{' or c == '}':
                if pos + 1 < n and text[pos + 1] == c:
                    literal = text[literal_start:pos + 1]
                    pos += 2
                    break
                if c == '}':
                    raise ValueError("Single '}' encountered in format string")
                if pos + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                literal = text[literal_start:pos]
                pos += 1
                field_follows = True
                break
            pos += 1
        else:
            literal = text[literal_start:pos]
        if not field_follows:
            if literal:
                yield literal, None, None, None
            continue

        # The field name runs to '}', ':' or '!'; a '[' skips to the next ']'.
        name_start = pos
        stop = None
        while pos < n:
            c = text[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < n and text[pos] != ']':
                    pos += 1
                continue
            if c == '}' or c == ':' or c == '!':
                stop = c
                break
        if stop is None:
            raise ValueError("expected '}' before end of string")
        field_name = text[name_start:pos - 1]
        conversion = None
        format_spec = ''
        if stop == '!':
            if pos >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = text[pos]
            pos += 1
            if pos >= n:
                raise ValueError("unmatched '{' in format spec")
            c = text[pos]
            pos += 1
            if c == '}':
                stop = '}'
            elif c == ':':
                stop = ':'
            else:
                raise ValueError("expected ':' after conversion specifier")
        if stop == ':':
            spec_start = pos
            depth = 1
            while pos < n:
                c = text[pos]
                pos += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
            if depth:
                raise ValueError("unmatched '{' in format spec")
            format_spec = text[spec_start:pos - 1]
        yield literal, field_name, format_spec, conversion


def _as_index(text):
    """The int value of text if it is all decimal digits, else None."""
    if text and all(c.isdecimal() for c in text):
        return int(text)
    return None


def _field_rest(name, pos):
    n = len(name)
    while pos < n:
        c = name[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < n and name[pos] not in '.[':
                pos += 1
            if pos == start:
                raise ValueError('Empty attribute in format string')
            yield True, name[start:pos]
        elif c == '[':
            start = pos
            while pos < n and name[pos] != ']':
                pos += 1
            if pos >= n:
                raise ValueError("Missing ']' in format string")
            if pos == start:
                raise ValueError('Empty attribute in format string')
            key = name[start:pos]
            index = _as_index(key)
            yield False, key if index is None else index
            pos += 1
            if pos < n and name[pos] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(name):
    """Split 'a.b[0]' into ('a', iterator of (is_attribute, key))."""
    end = 0
    while end < len(name) and name[end] not in '.[':
        end += 1
    first = name[:end]
    index = _as_index(first)
    return (first if index is None else index), _field_rest(name, end)


class Formatter:
    """The machinery of str.format(), with hooks a subclass can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once a field has been
        # numbered by hand (the two styles cannot be mixed).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (CPython words this case the same way as the one above)
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec, conversion).

        field_name is None when the literal text is not followed by a replacement field.
        """
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Given a field_name, find the object it references: (object, used key)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
