"""Unix shell-style wildcard matching of file names.

Patterns understand four constructs:

    *        any run of characters, including none
    ?        exactly one character
    [seq]    one character from seq (ranges such as a-z allowed)
    [!seq]   one character not in seq

fnmatch() applies os.path.normcase() to the name and the pattern first (a no-op on
POSIX); fnmatchcase() compares them as given; filter() keeps the names of a list that
match. translate() turns a pattern into the equivalent regular expression text.

Matching is done here directly, without regular expressions: a pattern is parsed once
into one-character tests and '*' markers, and the pieces between the '*'s are then looked
for in the name from left to right.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Characters that must be escaped to stand for themselves in a regular expression.
_REGEX_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def fnmatch(name, pat):
    """Whether the file name matches the shell-style pattern, after both went through
    os.path.normcase() (which changes nothing on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Whether the name matches the shell-style pattern, comparing exactly as given."""
    return _compiled(pat)(name)


def filter(names, pat):
    """Return the list of the names (from any iterable) that match the pattern."""
    pat = os.path.normcase(pat)
    match = _compiled(pat)
    if os.path is posixpath:
        # normcase() does nothing here: compare the names as they are.
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


# --- Parsing --------------------------------------------------------------------------
#
# A pattern becomes a list of tokens, each of which is one of
#   _STAR                     any run of characters
#   ('char', c)               the character c
#   ('any',)                  any one character
#   ('none',)                 nothing at all (an empty set such as [z-a])
#   ('set', negated, items)   a bracket expression; items are characters and (lo, hi) ranges
#
# A bracket expression is first rendered as the regular expression text that translate()
# gives for it (CPython's exact text), and its members are then read back from that text
# with the rules of a regular expression character class. This way the odd corners (a
# '!' that only becomes first once a reversed range is dropped, say) behave alike.

_STAR = object()


def _find_bracket_end(pat, start):
    """Index of the ']' closing the bracket expression whose '[' is at start - 1, or -1.

    A '!' right after the '[' negates, and a ']' right after that (or right after the
    '[') is an ordinary member rather than the end."""
    n = len(pat)
    j = start
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    return j if j < n else -1


def _split_ranges(body):
    """Split a bracket body at the hyphens that form ranges.

    The first member (after any '!') is never a range hyphen, nor is the character right
    after a range's upper bound. Returns the pieces between range hyphens: the last
    character of one piece and the first of the next are the bounds of a range."""
    pieces = []
    piece_start = 0
    search = 2 if body.startswith('!') else 1
    while True:
        hyphen = body.find('-', search)
        if hyphen < 0:
            break
        pieces.append(body[piece_start:hyphen])
        piece_start = hyphen + 1
        search = hyphen + 3     # skip the upper bound and the character after it
    tail = body[piece_start:]
    if tail:
        pieces.append(tail)
    else:
        # A hyphen just before the ']' is a plain member.
        pieces[-1] = pieces[-1] + '-'
    # Drop reversed ranges (such as z-a), which match nothing: both bounds go and the
    # neighbouring pieces are joined. Work from the right, as each merge may expose a
    # new pair of bounds.
    k = len(pieces) - 1
    while k > 0:
        if pieces[k - 1][-1] > pieces[k][0]:
            pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
            del pieces[k]
        k -= 1
    return pieces


def _bracket_regex(body):
    """The regular expression text for the bracket expression with this body."""
    if '-' in body:
        text = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-')
                        for p in _split_ranges(body))
    else:
        text = body.replace('\\', '\\\\')
    text = ''.join('\\' + c if c in '&~|' else c for c in text)
    if not text:
        return '(?!)'           # nothing can match
    if text == '!':
        return '.'              # anything matches
    if text[0] == '!':
        text = '^' + text[1:]
    elif text[0] in '^[':
        text = '\\' + text
    return '[' + text + ']'


def _read_class(inner):
    """Read the members of a character class from its regular expression text (without
    the brackets). Returns (negated, items)."""
    negated = inner.startswith('^')
    pos = 1 if negated else 0
    n = len(inner)
    items = []

    def one(pos):
        if inner[pos] == '\\':
            return inner[pos + 1], pos + 2
        return inner[pos], pos + 1

    while pos < n:
        low, pos = one(pos)
        if pos + 1 < n and inner[pos] == '-':
            high, pos = one(pos + 1)
            items.append((low, high))
        else:
            items.append(low)
    return negated, items


def _bracket_token(regex):
    if regex == '(?!)':
        return ('none',)
    if regex == '.':
        return ('any',)
    negated, items = _read_class(regex[1:-1])
    return ('set', negated, items)


def _parse(pat):
    """Parse a str pattern into (tokens, regex_parts); '*' runs become one _STAR."""
    tokens = []
    parts = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
                parts.append(_STAR)
        elif c == '?':
            tokens.append(('any',))
            parts.append('.')
        elif c == '[':
            end = _find_bracket_end(pat, i)
            if end < 0:
                tokens.append(('char', '['))
                parts.append('\\[')
            else:
                text = _bracket_regex(pat[i:end])
                tokens.append(_bracket_token(text))
                parts.append(text)
                i = end + 1
        else:
            tokens.append(('char', c))
            parts.append('\\' + c if c in _REGEX_SPECIAL else c)
    return tokens, parts


def translate(pat):
    """Return the text of a regular expression matching what the shell-style pattern
    matches (the whole string). A wildcard is quoted by putting it alone in a set: '[*]'."""
    n = len(pat)
    if isinstance(pat, (bytes, bytearray)):
        if n:
            raise TypeError("decoding to str: need a bytes-like object, int found")
        return '(?s:)\\Z'
    _, parts = _parse(pat)
    # Text before the first '*' is matched as is; each piece between two stars is matched
    # lazily inside an atomic group, and the piece after the last star at the very end.
    out = []
    i = 0
    while i < len(parts) and parts[i] is not _STAR:
        out.append(parts[i])
        i += 1
    while i < len(parts):
        i += 1                      # the star
        piece = []
        while i < len(parts) and parts[i] is not _STAR:
            piece.append(parts[i])
            i += 1
        piece = ''.join(piece)
        if i == len(parts):
            out.append('.*' + piece)
        else:
            out.append('(?>.*?' + piece + ')')
    return '(?s:' + ''.join(out) + ')\\Z'


# --- Matching -------------------------------------------------------------------------

def _token_matches(token, ch):
    kind = token[0]
    if kind == 'char':
        return ch == token[1]
    if kind == 'any':
        return True
    if kind == 'none':
        return False
    _, negated, items = token
    found = False
    for item in items:
        if type(item) is tuple:
            if item[0] <= ch <= item[1]:
                found = True
                break
        elif item == ch:
            found = True
            break
    return found != negated


def _segment_at(segment, name, pos):
    """Whether the fixed-length segment (a str of literal characters, or a list of
    tokens) matches name at pos."""
    if type(segment) is str:
        return name.startswith(segment, pos)
    for offset, token in enumerate(segment):
        if not _token_matches(token, name[pos + offset]):
            return False
    return True


def _find_segment(segment, name, start, stop):
    """Leftmost position in [start, stop - len(segment)] where the segment matches, or -1."""
    if type(segment) is str:
        return name.find(segment, start, stop)
    for pos in range(start, stop - len(segment) + 1):
        if _segment_at(segment, name, pos):
            return pos
    return -1


def _make_matcher(tokens):
    """Build a function name -> bool for the token list.

    The '*'s cut the pattern into fixed-length segments: the first must match at the start
    of the name, the last at the end, and each one between at the leftmost place after the
    previous one (taking the leftmost place never loses a match). Segments made only of
    plain characters are kept as strings so that str methods do the work."""
    segments = [[]]
    for token in tokens:
        if token is _STAR:
            segments.append([])
        else:
            segments[-1].append(token)
    for i, segment in enumerate(segments):
        if all(token[0] == 'char' for token in segment):
            segments[i] = ''.join(token[1] for token in segment)
    if len(segments) == 1:
        only = segments[0]
        if type(only) is str:
            return lambda name: name == only
        size = len(only)
        return lambda name: len(name) == size and _segment_at(only, name, 0)
    head = segments[0]
    tail = segments[-1]
    middle = segments[1:-1]
    fixed = sum(len(segment) for segment in segments)

    def match(name):
        n = len(name)
        if n < fixed:
            return False
        stop = n - len(tail)
        if not _segment_at(head, name, 0) or not _segment_at(tail, name, stop):
            return False
        pos = len(head)
        for segment in middle:
            found = _find_segment(segment, name, pos, stop)
            if found < 0:
                return False
            pos = found + len(segment)
        return True

    return match


def _type_name(value):
    return type(value).__name__


_cache = {}
_CACHE_LIMIT = 32768


def _compiled(pat):
    """Return a function name -> bool for the pattern, cached by pattern."""
    try:
        return _cache[pat]
    except KeyError:
        pass
    is_bytes = isinstance(pat, (bytes, bytearray))
    if is_bytes:
        text = bytes(pat).decode('latin-1')
    else:
        if not isinstance(pat, str):
            len(pat)    # reports "object of type ... has no len()" for non-sequences
            raise TypeError("first argument must be string or compiled pattern")
        text = pat
    matches = _make_matcher(_parse(text)[0])

    def match(name):
        if isinstance(name, str):
            if is_bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return matches(name)
        if isinstance(name, (bytes, bytearray, memoryview)):
            if not is_bytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            return matches(bytes(name).decode('latin-1'))
        raise TypeError(f"expected string or bytes-like object, got {_type_name(name)!r}")

    if len(_cache) >= _CACHE_LIMIT:
        _cache.clear()
    _cache[pat] = match
    return match
