"""Regular expressions with Python's `re` syntax and semantics. Matching is done by pyrite's
native engine (`_re`); this module provides the API: compile/search/match/fullmatch/findall/
finditer/sub/subn/split/escape, Pattern and Match objects, flags and re.error."""

import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L',
           'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

__version__ = '2.2.1'

_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
               (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]
_FLAG_ORDER = [(256, 'ASCII'), (4, 'LOCALE'), (32, 'UNICODE'), (2, 'IGNORECASE'),
               (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]


class RegexFlag(int):
    """The re flags: ints that print as `re.IGNORECASE|re.MULTILINE`."""

    def __new__(cls, value):
        return int.__new__(cls, value)

    def _names(self):
        v = int(self)
        names = []
        for bit, name in _FLAG_ORDER:
            if v & bit:
                names.append('re.' + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return names

    def __repr__(self):
        if int(self) == 0:
            return 're.NOFLAG'
        return '|'.join(self._names())

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def name(self):
        for bit, name in _FLAG_NAMES:
            if int(self) == bit:
                return name
        return None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A regular expression could not be compiled (or a template could not be parsed):
    msg, pattern, pos, and the lineno/colno of pos."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error
_re.set_error(error)


def _warn(category_name, message, stacklevel=5):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, getattr(__builtins__, category_name, None)
                  if not isinstance(__builtins__, dict) else __builtins__.get(category_name),
                  stacklevel=stacklevel)


class Pattern:
    """A compiled regular expression (made by re.compile)."""

    __slots__ = ('_handle', 'pattern', 'flags', 'groups', 'groupindex', '_str')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _exec(self, string, pos, endpos, mode):
        self._check(string)
        spans = _re.exec(self._handle, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match._make(self, string, spans, pos, endpos)

    def _check(self, string):
        if self._str:
            if not isinstance(string, str):
                if isinstance(string, (bytes, bytearray, memoryview)):
                    raise TypeError('cannot use a string pattern on a bytes-like object')
                raise TypeError("expected string or bytes-like object, got '%s'"
                                % type(string).__name__)
        elif isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')

    def search(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=None, limit=0):
        self._check(string)
        return _re.scan(self._handle, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        return iter(_Scanner(self, string, pos, endpos).search, None)

    def findall(self, string, pos=0, endpos=None):
        out = []
        g = self.groups
        empty = string[:0]
        for spans in self._scan(string, pos, endpos):
            if g == 0:
                out.append(string[spans[0]:spans[1]])
            elif g == 1:
                s = spans[2]
                out.append(empty if s < 0 else string[s:spans[3]])
            else:
                out.append(tuple(empty if spans[2 * i] < 0 else string[spans[2 * i]:spans[2 * i + 1]]
                                 for i in range(1, g + 1)))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        g = self.groups
        for spans in self._scan(string, 0, None, maxsplit if maxsplit > 0 else 0):
            if maxsplit < 0:
                break
            out.append(string[last:spans[0]])
            for i in range(1, g + 1):
                s = spans[2 * i]
                out.append(None if s < 0 else string[s:spans[2 * i + 1]])
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        self._check(string)
        if callable(repl):
            pieces = []
            last = 0
            n = 0
            for spans in self._scan(string, 0, None, count):
                if spans[0] > last:
                    pieces.append(string[last:spans[0]])
                r = repl(Match._make(self, string, spans, 0, None))
                if r is None:
                    r = string[:0]
                pieces.append(r)
                last = spans[1]
                n += 1
            if last < len(string):
                pieces.append(string[last:])
            return string[:0].join(pieces), n
        if self._str:
            if not isinstance(repl, str):
                raise TypeError('expected str instance, %s found' % type(repl).__name__)
        elif isinstance(repl, str):
            raise TypeError('expected a bytes-like object, %s found' % type(repl).__name__)
        pieces = _template(self, repl)
        return _re.sub(self._handle, pieces, string, count)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if self._str:
            flags &= ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return 're.compile(%s, %s)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = 're'


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = iter(pattern._scan(string, pos, endpos))
        self._string = string
        self._pos = pos
        self._endpos = endpos

    def search(self):
        spans = next(self._it, None)
        return None if spans is None else Match._make(self.pattern, self._string, spans,
                                                        self._pos, self._endpos)

    match = search


_template_cache = {}


def _template(pattern, repl):
    key = (pattern._handle, repl)
    hit = _template_cache.get(key)
    if hit is None:
        pieces, warnings = _re.template(pattern._handle, repl)
        for w in warnings:
            _warn('DeprecationWarning', w)
        if len(_template_cache) > 512:
            _template_cache.clear()
        _template_cache[key] = hit = pieces
    return hit


class Match:
    """The result of a successful match: the groups, their spans, and the subject."""

    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans', 'lastindex')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @classmethod
    def _make(cls, pattern, string, spans, pos, endpos):
        m = object.__new__(cls)
        m.re = pattern
        m.string = string
        n = len(string)
        m.pos = 0 if pos < 0 else min(pos, n)
        if endpos is None or endpos > n:
            m.endpos = n
        else:
            m.endpos = max(endpos, 0)
        m._spans = spans
        m.lastindex = spans[-1]
        return m

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError('no such group')
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError('no such group')
        if isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError('no such group')

    def _group(self, i, default=None):
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == self.lastindex:
                return name
        return None

    def expand(self, template):
        pieces = _template(self.re, template)
        empty = self.string[:0]
        out = []
        for p in pieces:
            if isinstance(p, int):
                v = self._group(p)
                out.append(empty if v is None else v)
            else:
                out.append(p)
        return empty.join(out)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Match.__module__ = 're'

class _GroupIndex(dict):
    """Pattern.groupindex: a read-only view of the group names (CPython's mappingproxy)."""

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = _readonly
    clear = pop = popitem = setdefault = update = _readonly

    def copy(self):
        return dict(self)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    handle, groups, groupindex, warnings, out_flags = _re.compile(pattern, flags)
    for category, message in warnings:
        _warn(category, message, 4)
    p = object.__new__(Pattern)
    p._handle = handle
    p.pattern = pattern
    p.flags = out_flags
    p.groups = groups
    p.groupindex = _GroupIndex(groupindex)
    p._str = isinstance(pattern, str)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    """A list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over all non-overlapping matches, as Match objects."""
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with non-overlapping matches replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def template(pattern, flags=0):
    """Compile a template pattern (deprecated)."""
    _warn('DeprecationWarning', "The re.template() function is deprecated as it is an "
          "undocumented function without an obvious purpose. Use re.compile() instead.", 3)
    return _compile(pattern, flags | T)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()
    _template_cache.clear()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string (or bytes)."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    pattern = bytes(pattern)
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)


