"""Regular expressions for assertRegex and friends.

`compile(pattern)` uses the `re` module when it can be imported.  Without
it (pyrite has no `re` yet) a small backtracking matcher stands in; it
understands the usual syntax: literals and escapes, `.`, classes `[...]`
with ranges, `\\d \\w \\s` (and their negations), `\\b \\B \\A \\Z`, `^ $`,
groups `( )`, `(?: )`, `(?P<name> )`, look-arounds `(?= )` `(?! )`,
alternation, the quantifiers `* + ? {m} {m,} {m,n}` (greedy or lazy), and the
inline flags `(?i)`, `(?s)`, `(?m)`.  Compiled patterns offer `pattern`,
`search()`, `match()` and `fullmatch()`; match objects offer `group()`,
`start()`, `end()` and `span()`.
"""

try:
    import re as _re
except ImportError:
    _re = None

__unittest = True


class error(Exception):
    """An invalid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        Exception.__init__(self, msg if pos is None else '%s at position %d' % (msg, pos))
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


def compile(pattern, flags=0):
    """Compile pattern (a compiled pattern is returned as it is)."""
    if not isinstance(pattern, (str, bytes)):
        return pattern
    if _re is not None:
        return _re.compile(pattern, flags)
    return _Pattern(pattern, flags)


IGNORECASE = 2
MULTILINE = 8
DOTALL = 16

_DIGITS = '0123456789'


def _is_word(char):
    return char.isalnum() or char == '_'


# Node kinds of the parsed pattern.
_CHAR, _ANY, _CLASS, _GROUP, _ALT, _REPEAT, _BOL, _EOL, _START, _END, \
    _WORDB, _NWORDB, _LOOK, _BACKREF = range(14)


class _Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.flags = 0
        self.groups = 1
        self.names = {}

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else None

    def take(self):
        char = self.text[self.pos]
        self.pos += 1
        return char

    def fail(self, msg):
        raise error(msg, self.text, self.pos)

    def parse(self):
        node = self.alternation()
        if self.pos < len(self.text):
            self.fail('unbalanced parenthesis')
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.take()
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return [(_ALT, branches)]

    def sequence(self):
        items = []
        while True:
            char = self.peek()
            if char is None or char in '|)':
                return items
            atom = self.atom()
            if atom is None:
                continue
            atom = self.quantified(atom)
            items.append(atom)

    def quantified(self, atom):
        char = self.peek()
        if char is None:
            return atom
        low = high = None
        if char == '*':
            self.take()
            low, high = 0, None
        elif char == '+':
            self.take()
            low, high = 1, None
        elif char == '?':
            self.take()
            low, high = 0, 1
        elif char == '{':
            bounds = self.braces()
            if bounds is None:
                return atom
            low, high = bounds
        else:
            return atom
        if atom[0] in (_BOL, _EOL, _START, _END, _WORDB, _NWORDB):
            self.fail('nothing to repeat')
        greedy = True
        if self.peek() == '?':
            self.take()
            greedy = False
        if self.peek() in ('*', '+', '?') or (self.peek() == '{' and self.braces(probe=True)):
            self.fail('multiple repeat')
        return (_REPEAT, atom, low, high, greedy)

    def braces(self, probe=False):
        # {m}, {m,}, {,n}, {m,n}; anything else is a literal '{'.
        end = self.text.find('}', self.pos)
        if end < 0:
            return None
        body = self.text[self.pos + 1:end]
        if ',' in body:
            low_text, high_text = body.split(',', 1)
        else:
            low_text = high_text = body
        if not all(c in _DIGITS for c in low_text + high_text) or not (low_text or high_text):
            return None
        if probe:
            return True
        self.pos = end + 1
        low = int(low_text) if low_text else 0
        high = int(high_text) if high_text else None
        if high is not None and high < low:
            self.fail('min repeat greater than max repeat')
        return low, high

    def atom(self):
        char = self.take()
        if char == '.':
            return (_ANY,)
        if char == '^':
            return (_BOL,)
        if char == '$':
            return (_EOL,)
        if char == '[':
            return self.char_class()
        if char == '(':
            return self.group()
        if char == '\\':
            return self.escape(in_class=False)
        if char in '*+?':
            self.fail('nothing to repeat')
        if char == '{' and self.braces(probe=True):
            self.fail('nothing to repeat')
        if self.flags & 64 and (char.isspace() or char == '#'):
            if char == '#':
                while self.peek() not in (None, '\n'):
                    self.take()
            return None
        return (_CHAR, char)

    def group(self):
        index = None
        if self.peek() == '?':
            self.take()
            kind = self.take() if self.peek() is not None else None
            if kind == ':':
                pass
            elif kind == 'P':
                if self.peek() == '<':
                    self.take()
                    end = self.text.find('>', self.pos)
                    if end < 0:
                        self.fail('missing >, unterminated name')
                    name = self.text[self.pos:end]
                    self.pos = end + 1
                    index = self.groups
                    self.groups += 1
                    self.names[name] = index
                elif self.peek() == '=':
                    self.take()
                    end = self.text.find(')', self.pos)
                    name = self.text[self.pos:end]
                    self.pos = end + 1
                    if name not in self.names:
                        self.fail("unknown group name '%s'" % name)
                    return (_BACKREF, self.names[name])
                else:
                    self.fail('unknown extension ?P' + (self.peek() or ''))
            elif kind in ('=', '!'):
                body = self.alternation()
                if self.peek() != ')':
                    self.fail('missing ), unterminated subpattern')
                self.take()
                return (_LOOK, body, kind == '=')
            elif kind == '#':
                while self.peek() not in (None, ')'):
                    self.take()
                if self.peek() is None:
                    self.fail('missing ), unterminated comment')
                self.take()
                return None
            elif kind is not None and kind in 'aiLmsux':
                letters = kind
                while self.peek() is not None and self.peek() in 'aiLmsux':
                    letters += self.take()
                for letter in letters:
                    self.flags |= {'i': IGNORECASE, 'm': MULTILINE, 's': DOTALL,
                                   'x': 64}.get(letter, 0)
                if self.peek() == ')':
                    self.take()
                    return None
                if self.peek() == ':':
                    self.take()
                else:
                    self.fail('unknown extension')
            else:
                self.fail('unknown extension ?' + (kind or ''))
        else:
            index = self.groups
            self.groups += 1
        body = self.alternation()
        if self.peek() != ')':
            self.fail('missing ), unterminated subpattern')
        self.take()
        return (_GROUP, index, body)

    def escape(self, in_class):
        if self.peek() is None:
            self.fail('bad escape (end of pattern)')
        char = self.take()
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v',
                  'a': '\a', '0': '\0'}
        if char in simple:
            return (_CHAR, simple[char])
        if char in 'dDwWsS':
            return (_CLASS, False, [char])
        if char == 'x':
            code = self.text[self.pos:self.pos + 2]
            self.pos += 2
            return (_CHAR, chr(int(code, 16)))
        if char == 'u':
            code = self.text[self.pos:self.pos + 4]
            self.pos += 4
            return (_CHAR, chr(int(code, 16)))
        if not in_class:
            if char == 'b':
                return (_WORDB,)
            if char == 'B':
                return (_NWORDB,)
            if char == 'A':
                return (_START,)
            if char == 'Z':
                return (_END,)
            if char in '123456789':
                return (_BACKREF, int(char))
        elif char == 'b':
            return (_CHAR, '\b')
        if char.isalnum():
            self.fail('bad escape \\' + char)
        return (_CHAR, char)

    def char_class(self):
        negate = False
        if self.peek() == '^':
            self.take()
            negate = True
        items = []
        first = True
        while True:
            char = self.peek()
            if char is None:
                self.fail('unterminated character set')
            if char == ']' and not first:
                self.take()
                break
            first = False
            self.take()
            if char == '\\':
                node = self.escape(in_class=True)
                if node[0] == _CLASS:
                    items.extend(node[2])
                    continue
                low = node[1]
            else:
                low = char
            if self.peek() == '-' and self.pos + 1 < len(self.text) and self.text[self.pos + 1] != ']':
                self.take()
                high = self.take()
                if high == '\\':
                    high = self.escape(in_class=True)[1]
                if high < low:
                    self.fail('bad character range')
                items.append((low, high))
            else:
                items.append((low, low))
        return (_CLASS, negate, items)


class _Match:
    """The result of a successful search or match."""

    def __init__(self, pattern, string, spans):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = 0
        self.endpos = len(string)

    def span(self, group=0):
        group = self._index(group)
        return self._spans.get(group, (-1, -1))

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _index(self, group):
        if isinstance(group, str):
            return self.re.groupindex[group]
        return group

    def group(self, *groups):
        if not groups:
            groups = (0,)
        values = []
        for group in groups:
            start, end = self.span(group)
            values.append(None if start < 0 else self.string[start:end])
        return values[0] if len(values) == 1 else tuple(values)

    def __getitem__(self, group):
        return self.group(group)

    def groups(self, default=None):
        out = []
        for index in range(1, self.re.groups + 1):
            start, end = self.span(index)
            out.append(default if start < 0 else self.string[start:end])
        return tuple(out)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())


class _Pattern:
    """A compiled pattern of the fallback matcher."""

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self._bytes = isinstance(pattern, bytes)
        text = pattern.decode('latin-1') if self._bytes else pattern
        parser = _Parser(text)
        parser.flags = flags
        self._tree = parser.parse()
        self.flags = parser.flags
        self.groups = parser.groups - 1
        self.groupindex = dict(parser.names)

    def __repr__(self):
        return 're.compile(%r)' % (self.pattern,)

    def _prepare(self, string):
        if self._bytes:
            if not isinstance(string, (bytes, bytearray)):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return bytes(string).decode('latin-1')
        if not isinstance(string, str):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        return string

    def _wrap(self, string, spans):
        return _Match(self, string, spans)

    def search(self, string, pos=0, endpos=None):
        text = self._prepare(string)
        if endpos is not None:
            text = text[:endpos]
        for start in range(pos, len(text) + 1):
            spans = _Matcher(self, text).run(start)
            if spans is not None:
                return self._wrap(string, spans)
        return None

    def match(self, string, pos=0, endpos=None):
        text = self._prepare(string)
        if endpos is not None:
            text = text[:endpos]
        spans = _Matcher(self, text).run(pos)
        return None if spans is None else self._wrap(string, spans)

    def fullmatch(self, string, pos=0, endpos=None):
        text = self._prepare(string)
        if endpos is not None:
            text = text[:endpos]
        spans = _Matcher(self, text).run(pos, full=True)
        return None if spans is None else self._wrap(string, spans)


class _Matcher:
    """Backtracking matcher over the parsed tree (continuation style)."""

    def __init__(self, pattern, text):
        self.text = text
        self.flags = pattern.flags
        self.tree = pattern._tree
        self.spans = {}

    def run(self, start, full=False):
        end_at = len(self.text)

        def finish(pos):
            if full and pos != end_at:
                return None
            return pos

        end = self.seq(self.tree, 0, start, finish)
        if end is None:
            return None
        spans = dict(self.spans)
        spans[0] = (start, end)
        return spans

    def same(self, a, b):
        if self.flags & IGNORECASE:
            return a.lower() == b.lower()
        return a == b

    def in_class(self, node, char):
        negate, items = node[1], node[2]
        found = False
        for item in items:
            if isinstance(item, str):
                if item == 'd':
                    found = char.isdigit()
                elif item == 'D':
                    found = not char.isdigit()
                elif item == 'w':
                    found = _is_word(char)
                elif item == 'W':
                    found = not _is_word(char)
                elif item == 's':
                    found = char.isspace()
                elif item == 'S':
                    found = not char.isspace()
            else:
                low, high = item
                found = low <= char <= high
                if not found and self.flags & IGNORECASE:
                    found = (low <= char.lower() <= high) or (low <= char.upper() <= high)
            if found:
                break
        return found != negate

    def single(self, node, pos):
        # Width-one nodes: the position after matching, or None.
        text = self.text
        if pos >= len(text):
            return None
        char = text[pos]
        kind = node[0]
        if kind == _CHAR:
            return pos + 1 if self.same(char, node[1]) else None
        if kind == _ANY:
            if char == '\n' and not self.flags & DOTALL:
                return None
            return pos + 1
        if kind == _CLASS:
            return pos + 1 if self.in_class(node, char) else None
        return None

    def seq(self, items, index, pos, cont):
        if index == len(items):
            return cont(pos)
        node = items[index]

        def rest(new_pos):
            return self.seq(items, index + 1, new_pos, cont)
        return self.node(node, pos, rest)

    def node(self, node, pos, cont):
        kind = node[0]
        text = self.text
        if kind in (_CHAR, _ANY, _CLASS):
            after = self.single(node, pos)
            return None if after is None else cont(after)
        if kind == _BOL:
            if pos == 0 or (self.flags & MULTILINE and text[pos - 1] == '\n'):
                return cont(pos)
            return None
        if kind == _EOL:
            size = len(text)
            if (pos == size or (pos == size - 1 and text[pos] == '\n')
                    or (self.flags & MULTILINE and text[pos] == '\n')):
                return cont(pos)
            return None
        if kind == _START:
            return cont(pos) if pos == 0 else None
        if kind == _END:
            return cont(pos) if pos == len(text) else None
        if kind in (_WORDB, _NWORDB):
            before = pos > 0 and _is_word(text[pos - 1])
            after = pos < len(text) and _is_word(text[pos])
            at_boundary = before != after
            if at_boundary == (kind == _WORDB):
                return cont(pos)
            return None
        if kind == _GROUP:
            index, body = node[1], node[2]
            saved = self.spans.get(index)

            def close(end):
                previous = self.spans.get(index)
                if index is not None:
                    self.spans[index] = (pos, end)
                found = cont(end)
                if found is None and index is not None:
                    if previous is None:
                        self.spans.pop(index, None)
                    else:
                        self.spans[index] = previous
                return found
            found = self.seq(body, 0, pos, close)
            if found is None and index is not None:
                if saved is None:
                    self.spans.pop(index, None)
                else:
                    self.spans[index] = saved
            return found
        if kind == _ALT:
            for branch in node[1]:
                found = self.seq(branch, 0, pos, cont)
                if found is not None:
                    return found
            return None
        if kind == _LOOK:
            body, positive = node[1], node[2]
            saved = dict(self.spans)
            matched = self.seq(body, 0, pos, lambda end: end) is not None
            if not positive:
                self.spans = saved
            if matched == positive:
                return cont(pos)
            self.spans = saved
            return None
        if kind == _BACKREF:
            span = self.spans.get(node[1])
            if span is None:
                return None
            piece = text[span[0]:span[1]]
            if text.startswith(piece, pos):
                return cont(pos + len(piece))
            return None
        if kind == _REPEAT:
            return self.repeat(node, pos, cont)
        raise error('internal error: unknown node')

    def repeat(self, node, pos, cont):
        atom, low, high, greedy = node[1], node[2], node[3], node[4]
        if atom[0] in (_CHAR, _ANY, _CLASS):
            # Fast path for single characters: collect the reachable ends.
            ends = [pos]
            current = pos
            while high is None or len(ends) - 1 < high:
                after = self.single(atom, current)
                if after is None:
                    break
                current = after
                ends.append(current)
            choices = ends[low:]
            if greedy:
                choices = reversed(choices)
            for end in choices:
                found = cont(end)
                if found is not None:
                    return found
            return None

        def attempt(count, at):
            def more(end):
                if end == at and count >= low:
                    return None
                return attempt(count + 1, end)
            can_more = high is None or count < high
            if count < low:
                return self.node(atom, at, more) if can_more else None
            if greedy:
                if can_more:
                    found = self.node(atom, at, more)
                    if found is not None:
                        return found
                return cont(at)
            found = cont(at)
            if found is not None or not can_more:
                return found
            return self.node(atom, at, more)
        return attempt(0, pos)
