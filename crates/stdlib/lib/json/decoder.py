"""JSON decoding: JSONDecoder and JSONDecodeError. The scanning is native (`_json.scan`)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """A JSON document could not be decoded: the message, the document, the character
    position and its line and column (both counted from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Decodes JSON text into Python objects (objects become dicts, arrays lists, strings str,
    numbers int or float, true/false/null True/False/None). The hooks customise objects,
    pairs, floats, ints and the constants NaN/Infinity/-Infinity."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _hooks(self):
        return dict(object_hook=self.object_hook, object_pairs_hook=self.object_pairs_hook,
                    parse_float=None if self.parse_float is float else self.parse_float,
                    parse_int=None if self.parse_int is int else self.parse_int,
                    parse_constant=None if self.parse_constant == _CONSTANTS.__getitem__
                    else self.parse_constant, strict=self.strict,
                    error_class=JSONDecodeError)

    def decode(self, s, _w=None):
        """The Python value of the JSON document `s` (a str)."""
        if type(self).raw_decode is not JSONDecoder.raw_decode:
            obj, end = self.raw_decode(s, _skip_ws(s, 0))
            end = _skip_ws(s, end)
            if end != len(s):
                raise JSONDecodeError('Extra data', s, end)
            return obj
        return _json.scan(s, 0, whole=True, **self._hooks())[0]

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting at s[idx]: (value, index after it)."""
        return _json.scan(s, idx, **self._hooks())


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i
