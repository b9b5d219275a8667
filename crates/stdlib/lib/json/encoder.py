"""JSON encoding: JSONEncoder. The work is native (`_json.encode`)."""

import _json

__all__ = ['JSONEncoder']

encode_basestring_ascii = _json.encode_basestring_ascii
encode_basestring = _json.encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
py_encode_basestring = encode_basestring
INFINITY = float('inf')


class JSONEncoder(object):
    """Encodes Python values as JSON text. Subclasses override default(o) to return a
    serialisable stand-in for objects JSON has no form for."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects with no JSON form; return one that has, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of `o`."""
        if type(self).iterencode is not JSONEncoder.iterencode:
            return ''.join(self.iterencode(o, _one_shot=True))
        if isinstance(o, str):
            return self.string_of(o)
        return self._encode(o)

    def string_of(self, o):
        return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)

    def _encode(self, o):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, indent=indent, item_separator=self.item_separator,
                            key_separator=self.key_separator, sort_keys=self.sort_keys,
                            skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                            check_circular=self.check_circular, allow_nan=self.allow_nan,
                            default=self.default, python_messages=self.indent is not None)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o` in pieces, as a generator (the same pieces CPython yields)."""
        if _one_shot and self.indent is None:
            return iter([self._encode(o)])
        return _Chunks(self).encode(o, 0)


class _Chunks:
    """The piecewise encoder behind JSONEncoder.iterencode."""

    def __init__(self, enc):
        self.enc = enc
        self.markers = {} if enc.check_circular else None
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.string = encode_basestring_ascii if enc.ensure_ascii else encode_basestring

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def scalar(self, o):
        """The text of a str/None/bool/int/float, or None for containers and others."""
        if isinstance(o, str):
            return self.string(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def mark(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[id(o)] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def nested(self, o, level):
        if isinstance(o, (list, tuple)):
            return self.encode_list(o, level)
        if isinstance(o, dict):
            return self.encode_dict(o, level)
        return self.encode(o, level)

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            self.mark(o)
            yield from self.encode(self.enc.default(o), level)
            self.unmark(o)

    def encode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.mark(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.enc.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.enc.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self.unmark(lst)

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.mark(dct)
        yield '{'
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.enc.item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = self.enc.item_separator
        first = True
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.float_text(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield self.string(key)
            yield self.enc.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self.unmark(dct)
