"""Extract, format and print stack traces and exceptions the way the interpreter does.

The main pieces are FrameSummary (one frame: file, line, function, source line),
StackSummary (a list of them with CPython's layout, including the "[Previous line repeated N
more times]" folding), and TracebackException (an exception with its traceback, chained
causes/contexts, notes and exception-group members, ready to be formatted). The module-level
functions (print_exc, format_exception, extract_tb, print_stack, ...) are thin wrappers.

Caret lines (the ~~~^^^ markers under the failing expression) are produced when code objects
provide co_positions(); otherwise they are left out.
"""

import sys
import linecache
import itertools
import collections.abc

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


def _frame_of_caller(depth):
    """Return the frame `depth` levels above the function calling this helper, or None.

    Uses sys._getframe when the interpreter supports it, and otherwise walks f_back from the
    frame of a freshly caught exception.
    """
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        try:
            return getframe(depth + 1)
        except ValueError:
            return None
        except Exception:
            pass
    try:
        raise Exception
    except Exception as exc:
        frame = exc.__traceback__.tb_frame
    for _ in range(depth + 1):
        frame = getattr(frame, 'f_back', None)
        if frame is None:
            return None
    return frame


# -- module-level helpers ----------------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print the list of (filename, lineno, name, line) tuples or FrameSummary objects."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of frames into strings ready for printing, one per frame."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print the entries of traceback tb (at most limit of them) to file (stderr)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """The formatted entries of traceback tb, one string per frame."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the frames of traceback tb (at most limit of them)."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception with its traceback (and chained exceptions) to file (stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format an exception with its traceback as a list of strings ending in newlines."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The lines naming the exception and its message (and notes), without the stack."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled, like print_exception(*sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Return the text print_exc() would print."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last exception stored in sys.last_type/last_value/last_traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from frame f (default: the caller's frame)."""
    if f is None:
        f = _frame_of_caller(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The formatted entries of the stack from frame f (default: the caller), one per frame."""
    if f is None:
        f = _frame_of_caller(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the stack from frame f (default: the caller) outwards.

    The entries are ordered from the outermost frame to f.
    """
    if f is None:
        f = _frame_of_caller(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of every frame in the traceback tb."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


# -- frames and stacks -------------------------------------------------------------------

class FrameSummary:
    """Information about a single frame: filename, lineno, name, line, locals, positions."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # Make sure the line was looked up, then return it without stripping.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from frame f outwards (default: the caller's caller)."""
    if f is None:
        # The caller of StackSummary.extract(walk_stack(None)), past the generators.
        f = _frame_of_caller(4)
    while f is not None:
        yield f, f.f_lineno
        f = getattr(f, 'f_back', None)


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of the traceback tb, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    positions = getattr(code, 'co_positions', None)
    if positions is None:
        return (None, None, None, None)
    try:
        return next(itertools.islice(positions(), instruction_index // 2, None))
    except StopIteration:
        return (None, None, None, None)


def _walk_tb_with_full_positions(tb):
    # Like walk_tb, but with (lineno, end_lineno, colno, end_colno) for each entry.
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + tuple(positions[1:])
        else:
            yield tb.tb_frame, tuple(positions)
        tb = tb.tb_next


_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """The frames of a stack or traceback (FrameSummary items, outermost first)."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Create a StackSummary from an iterable of (frame, lineno) pairs."""
        def extended():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        # The frames are pulled here, in this frame, so that walk_stack(None) (which counts
        # frames up from its generator) finds the same caller whatever the limit.
        entries = []
        if limit is None or limit < 0:
            for entry in frame_gen:
                entries.append(entry)
            if limit is not None:
                entries = entries[len(entries) + limit:] if -limit < len(entries) else entries
        elif limit > 0:
            for entry in frame_gen:
                entries.append(entry)
                if len(entries) >= limit:
                    break

        result = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno) in entries:
            code = f.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, getattr(f, 'f_globals', None))
            f_locals = getattr(f, 'f_locals', None) if capture_locals else None
            result.append(FrameSummary(filename, lineno, code.co_name,
                                       lookup_line=False, locals=f_locals,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for one frame (file line, source line, carets, locals)."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            row.append(_caret_line(frame_summary, stripped_line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing: a list of strings, one per frame.

        Runs of more than three identical frames (recursion) are folded into a
        "[Previous line repeated N more times]" line.
        """
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or key != last or None in last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


def _repeated_line(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


# -- caret lines -------------------------------------------------------------------------

def _byte_offset_to_character_offset(text, offset):
    data = text.encode('utf-8')
    return len(data[:offset].decode('utf-8', errors='replace'))


def _caret_line(frame_summary, stripped_line):
    """The '    ~~^^~~' line under a frame's source line, or '' when not wanted."""
    if frame_summary.colno is None or frame_summary.end_colno is None:
        return ''
    original = frame_summary._original_line
    stripped_chars = len(original) - len(frame_summary.line.lstrip())
    start = _byte_offset_to_character_offset(original, frame_summary.colno) + 1
    end = _byte_offset_to_character_offset(original, frame_summary.end_colno) + 1
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        try:
            anchors = _caret_anchors(original[start - 1:end - 1])
        except Exception:
            anchors = None
    else:
        end = stripped_chars + len(stripped_line)
    if not (end - start < len(stripped_line) or (anchors and anchors[1] - anchors[0] > 0)):
        return ''
    parts = ['    ', ' ' * (start - stripped_chars)]
    if anchors:
        left, right = anchors
        parts.append('~' * left)
        parts.append('^' * (right - left))
        parts.append('~' * (end - start - right))
    else:
        parts.append('^' * (end - start))
    parts.append('\n')
    return ''.join(parts)


_KEYWORDS_NOT_OPERAND = frozenset({
    'and', 'or', 'not', 'in', 'is', 'if', 'else', 'lambda', 'for', 'yield', 'async',
    'return', 'del', 'pass', 'break', 'continue', 'import', 'from', 'raise', 'assert',
    'global', 'nonlocal', 'with', 'as', 'def', 'class', 'while', 'try', 'except',
    'finally', 'elif'})

_BINARY_PRECEDENCE = {
    '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
    '*': 6, '/': 6, '//': 6, '%': 6, '@': 6, '**': 8}

_OPERATORS = sorted([
    '**=', '//=', '>>=', '<<=', '...', '!=', '**', '//', '<<', '>>', '<=', '>=', '==',
    '->', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
    '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']',
    '{', '}', ',', ':', '.', ';', '=', '!'], key=len, reverse=True)

_STRING_PREFIXES = frozenset({'r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'})


def _tokenize_segment(text):
    """Split a one-line expression into (kind, text, start, end) tokens.

    kind is 'name', 'number', 'string' or 'op'. Raises ValueError for text that cannot be
    tokenized (such as an unterminated string).
    """
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in ' \t\f\r\n':
            i += 1
            continue
        if ch == '\\' and text[i + 1:i + 2] in ('\n', '\r'):
            i += 2
            continue
        if ch == '#':
            end = text.find('\n', i)
            i = n if end < 0 else end
            continue
        if ch.isalpha() or ch == '_' or ord(ch) > 127:
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_' or ord(text[j]) > 127):
                j += 1
            word = text[i:j]
            if j < n and text[j] in '\'"' and word.lower() in _STRING_PREFIXES:
                end = _scan_string(text, j, 'r' in word.lower())
                tokens.append(('string', text[i:end], i, end))
                i = end
                continue
            tokens.append(('name', word, i, j))
            i = j
            continue
        if ch.isdigit() or (ch == '.' and text[i + 1:i + 2].isdigit()):
            j = i
            while j < n:
                c = text[j]
                if c.isalnum() or c in '._':
                    j += 1
                elif c in '+-' and text[j - 1] in 'eE' and not text[i:i + 2].lower() in ('0x',):
                    j += 1
                else:
                    break
            tokens.append(('number', text[i:j], i, j))
            i = j
            continue
        if ch in '\'"':
            end = _scan_string(text, i, False)
            tokens.append(('string', text[i:end], i, end))
            i = end
            continue
        for op in _OPERATORS:
            if text.startswith(op, i):
                tokens.append(('op', op, i, i + len(op)))
                i += len(op)
                break
        else:
            raise ValueError("bad character")
    return tokens


def _scan_string(text, i, raw):
    quote = text[i]
    if text[i:i + 3] == quote * 3:
        delim = quote * 3
    else:
        delim = quote
    j = i + len(delim)
    n = len(text)
    while j < n:
        if text[j] == '\\':
            j += 2
            continue
        if text.startswith(delim, j):
            return j + len(delim)
        if len(delim) == 1 and text[j] == '\n':
            break
        j += 1
    raise ValueError("unterminated string")


def _is_operand_end(token):
    kind, text = token[0], token[1]
    if kind in ('number', 'string'):
        return True
    if kind == 'name':
        return text not in _KEYWORDS_NOT_OPERAND and text != 'await'
    return text in (')', ']', '}', '...')


def _match_brackets(tokens):
    """Map the index of each opening bracket to the index of its closing one."""
    pairs = {}
    stack = []
    closers = {')': '(', ']': '[', '}': '{'}
    for index, token in enumerate(tokens):
        if token[0] != 'op':
            continue
        if token[1] in '([{':
            stack.append(index)
        elif token[1] in closers:
            if not stack or tokens[stack[-1]][1] != closers[token[1]]:
                raise ValueError("unbalanced")
            pairs[stack.pop()] = index
    if stack:
        raise ValueError("unbalanced")
    return pairs


def _plain_parenthesized(tokens, pairs, lo, hi):
    """True when tokens[lo:hi] is one '( expr )' group whose position excludes the parens."""
    if hi - lo < 3 or tokens[lo][1] != '(' or tokens[lo][0] != 'op' or pairs.get(lo) != hi - 1:
        return False
    if tokens[lo + 1][0] == 'name' and tokens[lo + 1][1] == 'yield':
        return True
    depth = 0
    for k in range(lo + 1, hi - 1):
        kind, text = tokens[k][0], tokens[k][1]
        if kind == 'op' and text in '([{':
            depth += 1
        elif kind == 'op' and text in ')]}':
            depth -= 1
        elif depth == 0 and ((kind == 'op' and text == ',') or
                             (kind == 'name' and text in ('for', 'async'))):
            return False
    return True


def _expr_end(tokens, pairs, lo, hi):
    while _plain_parenthesized(tokens, pairs, lo, hi):
        lo += 1
        hi -= 1
    return tokens[hi - 1][3]


def _expr_start(tokens, pairs, lo, hi):
    while _plain_parenthesized(tokens, pairs, lo, hi):
        lo += 1
        hi -= 1
    return tokens[lo][2]


def _caret_anchors(segment):
    """(left_end, right_start) of the '^' part for a binary operation or subscript, or None."""
    try:
        tokens = _tokenize_segment(segment)
        pairs = _match_brackets(tokens)
    except ValueError:
        return None
    lo, hi = 0, len(tokens)
    if hi and tokens[hi - 1][:2] == ('op', ';'):
        hi -= 1
    while _plain_parenthesized(tokens, pairs, lo, hi):
        lo += 1
        hi -= 1
    if lo >= hi:
        return None
    # Look at the tokens outside any brackets.
    top = []
    depth = 0
    for index in range(lo, hi):
        token = tokens[index]
        kind, text = token[0], token[1]
        if kind == 'op' and text in '([{':
            if depth == 0:
                top.append(index)
            depth += 1
        elif kind == 'op' and text in ')]}':
            depth -= 1
            if depth == 0:
                top.append(index)
        elif depth == 0:
            top.append(index)
    binary = []
    previous = None
    for index in top:
        kind, text = tokens[index][0], tokens[index][1]
        if kind == 'name' and text in _KEYWORDS_NOT_OPERAND:
            return None
        if kind == 'op':
            if text in (',', '=', ':=', ':', ';', '<', '>', '==', '!=', '<=', '>=', '->',
                        '!') or (text.endswith('=') and text[:-1] in _BINARY_PRECEDENCE):
                return None
            if text in _BINARY_PRECEDENCE:
                if previous is not None and _is_operand_end(tokens[previous]):
                    binary.append(index)
                elif text not in ('+', '-'):
                    return None
        previous = index
    if binary:
        lowest = min(_BINARY_PRECEDENCE[tokens[i][1]] for i in binary)
        if lowest == 8:
            first = tokens[lo]
            if first[0] == 'op' and first[1] in ('+', '-', '~'):
                return None
            root = binary[0]
        else:
            root = [i for i in binary if _BINARY_PRECEDENCE[tokens[i][1]] == lowest][-1]
        left_end = _expr_end(tokens, pairs, lo, root)
        right_start = _expr_start(tokens, pairs, root + 1, hi)
        operator = segment[left_end:right_start]
        offset = len(operator) - len(operator.lstrip())
        left = left_end + offset
        right = left + 1
        if offset + 1 < len(operator) and not operator[offset + 1].isspace():
            right += 1
        # A closing parenthesis of the left operand is skipped over.
        while left < len(segment) and (segment[left].isspace() or segment[left] in ')#'):
            left += 1
            right += 1
        return left, right
    # A subscript: the last top-level item is [...] following an operand.
    first = tokens[lo]
    if first[0] == 'op' and first[1] in ('+', '-', '~', '*'):
        return None
    if first[0] == 'name' and first[1] == 'await':
        return None
    last = hi - 1
    if tokens[last][1] != ']' or tokens[last][0] != 'op':
        return None
    opening = None
    for k, v in pairs.items():
        if v == last:
            opening = k
    if opening is None or opening <= lo or not _is_operand_end(tokens[opening - 1]):
        return None
    if opening + 1 == last:
        return None
    value_end = _expr_end(tokens, pairs, lo, opening)
    slice_end = _expr_end(tokens, pairs, opening + 1, last)
    left = value_end
    while left < len(segment) and segment[left] != '[':
        left += 1
    right = slice_end + 1
    while right < len(segment) and segment[right] != ']':
        right += 1
    if right < len(segment):
        right += 1
    return left, right


# -- exceptions --------------------------------------------------------------------------

class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            yield _indent_all(text_gen, indent_str)
        else:
            for text in text_gen:
                yield _indent_all(text, indent_str)


def _indent_all(text, prefix):
    if not prefix:
        return text
    return ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering: its type, message, stack and chained exceptions.

    Attributes: __cause__, __context__ (TracebackExceptions or None), __suppress_context__,
    __notes__, exceptions (members of an exception group, or None), stack (a StackSummary),
    exc_type, and for SyntaxError filename, lineno, end_lineno, text, offset, end_offset, msg.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [
                f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        if not is_recursive_call:
            self.__cause__ = None
            self.__context__ = None
            self.exceptions = None
            # Build the chain without recursion, so long chains do not exhaust the stack.
            pending = [(self, exc_value)]
            while pending:
                te, e = pending.pop()
                options = dict(limit=limit, lookup_lines=lookup_lines,
                               capture_locals=capture_locals,
                               max_group_width=max_group_width,
                               max_group_depth=max_group_depth, _seen=_seen)
                if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = TracebackException(type(e.__cause__), e.__cause__,
                                               e.__cause__.__traceback__, **options)
                else:
                    cause = None
                if compact:
                    need_context = (cause is None and e is not None and
                                    not e.__suppress_context__)
                else:
                    need_context = True
                if (e is not None and e.__context__ is not None and need_context and
                        id(e.__context__) not in _seen):
                    context = TracebackException(type(e.__context__), e.__context__,
                                                 e.__context__.__traceback__, **options)
                else:
                    context = None
                if e is not None and isinstance(e, BaseExceptionGroup):
                    members = []
                    for member in e.exceptions:
                        members.append(TracebackException(type(member), member,
                                                          member.__traceback__, **options))
                else:
                    members = None
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = members
                if cause:
                    pending.append((te.__cause__, e.__cause__))
                if context:
                    pending.append((te.__context__, e.__context__))
                if members:
                    pending.extend(zip(te.exceptions, e.exceptions))
        else:
            self.__cause__ = None
            self.__context__ = None
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Build a TracebackException for exc, using its own __traceback__."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the lines describing the exception itself (type, message, notes)."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)

        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif notes is not None:
            yield "{}\n".format(_safe_string(notes, '__notes__', func=repr))

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)

        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the whole report: chained exceptions first, this one last."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()

        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx, self.max_group_width)

    def _format_group(self, chain, _ctx, max_group_width):
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1

        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(self.stack.format())

        yield from _ctx.emit(self.format_exception_only())
        count = len(self.exceptions)
        if count <= max_group_width:
            shown = count
        else:
            shown = max_group_width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            truncated = max_group_width is not None and i >= max_group_width
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = count - max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1

        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to file (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
