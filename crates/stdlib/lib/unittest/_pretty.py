"""Private pretty-printer for unittest's diffs.

`pformat(obj)` lays out an object the way CPython's `pprint.pformat(obj)`
does with its defaults (indent=1, width=80, sorted dictionaries), for the
containers a test typically compares: dict, list, tuple, set, frozenset,
str, bytes, bytearray and the collections types OrderedDict, defaultdict,
Counter and deque.  Any other object is written with its repr().
"""

import collections as _collections

_WIDTH = 80


class _OrderKey:
    """Sort key that falls back to (type name, id) for unorderable values."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _pair_key(pair):
    return (_OrderKey(pair[0]), _OrderKey(pair[1]))


def _words(line):
    # Pieces made of a run of non-blanks followed by a run of blanks (what
    # the regex \S*\s* finds, without its final empty match).
    pieces = []
    start = 0
    size = len(line)
    while start < size:
        pos = start
        while pos < size and not line[pos].isspace():
            pos += 1
        while pos < size and line[pos].isspace():
            pos += 1
        pieces.append(line[start:pos])
        start = pos
    return pieces


class _Printer:
    def __init__(self, width=_WIDTH):
        self.width = width
        self.parts = []

    # -- one-line representations -------------------------------------

    def flat(self, obj, active):
        kind = type(obj)
        owner = _repr_owner(kind)
        if owner is dict:
            if not obj:
                return '{}'
            if id(obj) in active:
                return '<Recursion on %s with id=%s>' % (kind.__name__, id(obj))
            active.add(id(obj))
            items = sorted(obj.items(), key=_pair_key)
            text = ', '.join('%s: %s' % (self.flat(k, active), self.flat(v, active))
                             for k, v in items)
            active.discard(id(obj))
            return '{' + text + '}'
        if owner is list or owner is tuple:
            is_list = owner is list
            if not obj:
                return '[]' if is_list else '()'
            if id(obj) in active:
                return '<Recursion on %s with id=%s>' % (kind.__name__, id(obj))
            active.add(id(obj))
            text = ', '.join(self.flat(item, active) for item in obj)
            active.discard(id(obj))
            if is_list:
                return '[' + text + ']'
            if len(obj) == 1:
                return '(' + text + ',)'
            return '(' + text + ')'
        return repr(obj)

    # -- multi-line layout ---------------------------------------------

    def write(self, text):
        self.parts.append(text)

    def format(self, obj, indent, allowance, active, level):
        if id(obj) in active:
            self.write('<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj)))
            return
        rep = self.flat(obj, set(active))
        if len(rep) > self.width - indent - allowance:
            method = self._layouts().get(_repr_owner(type(obj)))
            if method is not None:
                active.add(id(obj))
                method(self, obj, indent, allowance, active, level + 1)
                active.discard(id(obj))
                return
        self.write(rep)

    def dict_items(self, items, indent, allowance, active, level):
        indent += 1
        separator = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for index, (key, value) in enumerate(items):
            last = index == last_index
            rep = self.flat(key, set(active))
            self.write(rep)
            self.write(': ')
            self.format(value, indent + len(rep) + 2,
                        allowance if last else 1, active, level)
            if not last:
                self.write(separator)

    def items(self, items, indent, allowance, active, level):
        indent += 1
        separator = ',\n' + ' ' * indent
        items = list(items)
        for index, item in enumerate(items):
            if index:
                self.write(separator)
            last = index == len(items) - 1
            self.format(item, indent, allowance if last else 1, active, level)

    def layout_dict(self, obj, indent, allowance, active, level):
        self.write('{')
        if obj:
            items = sorted(obj.items(), key=_pair_key)
            self.dict_items(items, indent, allowance + 1, active, level)
        self.write('}')

    def layout_list(self, obj, indent, allowance, active, level):
        self.write('[')
        self.items(obj, indent, allowance + 1, active, level)
        self.write(']')

    def layout_tuple(self, obj, indent, allowance, active, level):
        self.write('(')
        end = ',)' if len(obj) == 1 else ')'
        self.items(obj, indent, allowance + len(end), active, level)
        self.write(end)

    def layout_set(self, obj, indent, allowance, active, level):
        if not obj:
            self.write(repr(obj))
            return
        kind = type(obj)
        if kind is set:
            self.write('{')
            end = '}'
        else:
            self.write(kind.__name__ + '({')
            end = '})'
            indent += len(kind.__name__) + 1
        ordered = sorted(obj, key=_OrderKey)
        self.items(ordered, indent, allowance + len(end), active, level)
        self.write(end)

    def layout_str(self, obj, indent, allowance, active, level):
        if not obj:
            self.write(repr(obj))
            return
        lines = obj.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = self.width - indent
        chunks = []
        rep = ''
        for index, line in enumerate(lines):
            rep = repr(line)
            last_line = index == len(lines) - 1
            limit = room - allowance if last_line else room
            if len(rep) <= limit:
                chunks.append(rep)
                continue
            pieces = _words(line)
            current = ''
            for number, piece in enumerate(pieces):
                candidate = current + piece
                limit2 = room
                if last_line and number == len(pieces) - 1:
                    limit2 -= allowance
                if len(repr(candidate)) > limit2:
                    if current:
                        chunks.append(repr(current))
                    current = piece
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            self.write(rep)
            return
        if level == 1:
            self.write('(')
        self.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            self.write(')')

    def layout_bytes(self, obj, indent, allowance, active, level):
        if len(obj) <= 4:
            self.write(repr(obj))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
            self.write('(')
        room = self.width - indent
        chunks = []
        current = obj[:0]
        last_start = len(obj) // 4 * 4
        for start in range(0, len(obj), 4):
            piece = obj[start:start + 4]
            candidate = current + piece
            if start == last_start:
                room -= allowance
            if len(repr(candidate)) > room:
                if current:
                    chunks.append(repr(current))
                current = piece
            else:
                current = candidate
        if current:
            chunks.append(repr(current))
        self.write(('\n' + ' ' * indent).join(chunks))
        if wrap:
            self.write(')')

    def layout_bytearray(self, obj, indent, allowance, active, level):
        self.write('bytearray(')
        self.layout_bytes(bytes(obj), indent + 10, allowance + 1, active, level + 1)
        self.write(')')

    def layout_ordereddict(self, obj, indent, allowance, active, level):
        if not obj:
            self.write(repr(obj))
            return
        name = type(obj).__name__
        self.write(name + '(')
        self.format(list(obj.items()), indent + len(name) + 1, allowance + 1,
                    active, level)
        self.write(')')

    def layout_defaultdict(self, obj, indent, allowance, active, level):
        if not obj:
            self.write(repr(obj))
            return
        factory = self.flat(obj.default_factory, set(active))
        name = type(obj).__name__
        indent += len(name) + 1
        self.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self.layout_dict(obj, indent, allowance + 1, active, level)
        self.write(')')

    def layout_counter(self, obj, indent, allowance, active, level):
        if not obj:
            self.write(repr(obj))
            return
        name = type(obj).__name__
        self.write(name + '({')
        self.dict_items(obj.most_common(), indent + len(name) + 1,
                        allowance + 2, active, level)
        self.write('})')

    def layout_deque(self, obj, indent, allowance, active, level):
        if not obj:
            self.write(repr(obj))
            return
        name = type(obj).__name__
        indent += len(name) + 1
        self.write(name + '([')
        if obj.maxlen is None:
            self.items(obj, indent, allowance + 2, active, level)
            self.write('])')
        else:
            self.items(obj, indent, 2, active, level)
            self.write('],\n%smaxlen=%s)' % (' ' * indent, obj.maxlen))

    _table = None

    @classmethod
    def _layouts(cls):
        # Keyed by the class whose __repr__ the object uses: a subclass that
        # keeps its base's repr is laid out like the base, one with its own
        # repr is written flat.
        if cls._table is None:
            table = {
                dict: cls.layout_dict,
                list: cls.layout_list,
                tuple: cls.layout_tuple,
                set: cls.layout_set,
                frozenset: cls.layout_set,
                str: cls.layout_str,
                bytes: cls.layout_bytes,
                bytearray: cls.layout_bytearray,
            }
            extra = (('OrderedDict', cls.layout_ordereddict),
                     ('defaultdict', cls.layout_defaultdict),
                     ('Counter', cls.layout_counter),
                     ('deque', cls.layout_deque))
            for name, method in extra:
                kind = getattr(_collections, name, None)
                if kind is not None:
                    table[kind] = method
            cls._table = table
        return cls._table


def _repr_owner(kind):
    """The class of kind's MRO that defines the __repr__ kind uses."""
    for klass in kind.__mro__:
        if '__repr__' in klass.__dict__:
            return klass
    return object


def pformat(obj, width=_WIDTH):
    """Return the pretty-printed text of obj (pprint.pformat's layout)."""
    printer = _Printer(width)
    printer.format(obj, 0, 0, set(), 0)
    return ''.join(printer.parts)
