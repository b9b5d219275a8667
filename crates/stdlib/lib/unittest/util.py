"""Small helpers shared by the unittest modules (safe reprs, shortening, counting)."""

from collections import namedtuple, Counter

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN +
                               _MIN_COMMON_LEN + _PLACEHOLDER_LEN +
                               _MIN_END_LEN)


def _shorten(text, keep_start, keep_end):
    """Replace the middle of text by "[N chars]" when that saves room."""
    skipped = len(text) - keep_start - keep_end
    if skipped > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (text[:keep_start], skipped,
                                   text[len(text) - keep_end:])
    return text


def _common_prefix(texts):
    if not texts:
        return ''
    low = min(texts)
    high = max(texts)
    for index, char in enumerate(low):
        if char != high[index]:
            return low[:index]
    return low


def _common_shorten_repr(*args):
    """The safe reprs of args, shortened alike so that the differences show."""
    reprs = tuple(safe_repr(arg) for arg in args)
    longest = max(len(text) for text in reprs)
    if longest <= _MAX_LENGTH:
        return reprs

    prefix = _common_prefix(reprs)
    prefix_len = len(prefix)
    room = _MAX_LENGTH - (longest - prefix_len + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        # Only the shared beginning needs shortening.
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + text[prefix_len:] for text in reprs)

    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(text[prefix_len:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for text in reprs)


def safe_repr(obj, short=False):
    """repr(obj), or object's default repr when the real one raises."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    """The dotted "module.QualifiedName" of a class."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """Compare two sorted lists: (items missing from actual, unexpected items).

    Duplicates are not counted twice.
    """
    missing = []
    unexpected = []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e = expected[i]
        a = actual[j]
        if e < a:
            missing.append(e)
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for unsorted lists of unhashable items.

    Quadratic; duplicates are reported as often as they are missing.
    """
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """Return -1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """Mismatch triples for the elements counted differently (any elements)."""
    first = list(actual)
    second = list(expected)
    done = object()
    mismatches = []
    for i, elem in enumerate(first):
        if elem is done:
            continue
        count_first = 0
        for k in range(i, len(first)):
            if first[k] == elem:
                count_first += 1
                first[k] = done
        count_second = 0
        for k in range(len(second)):
            if second[k] == elem:
                count_second += 1
                second[k] = done
        if count_first != count_second:
            mismatches.append(Mismatch(count_first, count_second, elem))

    for i, elem in enumerate(second):
        if elem is done:
            continue
        count_second = 0
        for k in range(i, len(second)):
            if second[k] == elem:
                count_second += 1
                second[k] = done
        mismatches.append(Mismatch(0, count_second, elem))
    return mismatches


def _count_diff_hashable(actual, expected):
    """Mismatch triples for the elements counted differently (hashable ones)."""
    first = Counter(actual)
    second = Counter(expected)
    mismatches = []
    for elem, count_first in first.items():
        count_second = second.get(elem, 0)
        if count_first != count_second:
            mismatches.append(Mismatch(count_first, count_second, elem))
    for elem, count_second in second.items():
        if elem not in first:
            mismatches.append(Mismatch(0, count_second, elem))
    return mismatches
